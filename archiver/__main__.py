from .cli import main

if __name__ == "__main__":  # a guard: worker processes import the main module
    main()
