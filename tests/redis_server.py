"""A real redis-server for the cluster tests: its own process on a free loopback port, in a temporary folder."""

import shutil
import subprocess
import time
from pathlib import Path

from conftest import free_port


class RedisServer:
    def __init__(self, folder: Path, appendonly: bool = False):
        self.folder, self.appendonly = folder, appendonly
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process: subprocess.Popen | None = None

    def start(self) -> "RedisServer":
        self.folder.mkdir(parents=True, exist_ok=True)
        command = ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", ""]
        command += ["--appendonly", "yes" if self.appendonly else "no", "--dir", str(self.folder)]
        if self.appendonly:
            command += ["--appendfsync", "always"]
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.wait_ready()
        return self

    def wait_ready(self) -> None:
        import redis

        client = redis.Redis.from_url(self.url)
        for _ in range(100):
            try:
                client.ping()
                return
            except redis.ConnectionError:
                time.sleep(0.05)
        raise RuntimeError(f"redis-server did not start on port {self.port}")

    def kill(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.kill()
            self.process.wait()

    def client(self):
        import redis

        return redis.Redis.from_url(self.url)


def redis_available() -> bool:
    return shutil.which("redis-server") is not None
