"""CMS families recognised from the page itself ([recognise] markers of the family profiles): a page no site
profile names is read with its family's profile, and provenance says the family was recognised, not named."""

import gzip
import json
import os
import shutil

import pytest
from conftest import FIXTURES, ROOT, archiver, assert_one_line_error, rows, run_archiver
from test_user_profiles import profile_dir

from archiver import families, identity, profiles
from archiver.evaluate import read_gold, score_pair
from archiver.extract import extract
from archiver.localserver import serve

CORPUS = ROOT / "tests" / "fixtures" / "corpus"
GOLD = {record["file"]: record for record in read_gold(CORPUS / "gold.jsonl")}

# family -> a page of it: a fixture (its .expected.json beside it) or a page of the corpus's dev sites (its gold)
PAGES = {
    "liferay": FIXTURES / "liferay" / "article-views.html",
    "nukeviet": FIXTURES / "nukeviet" / "article-views.html",
    "sharepoint": FIXTURES / "sharepoint" / "province-trang.html",
    "sharepoint-daknong": CORPUS / "pages" / "stp-daknong_1.html.gz",
    "wordpress": CORPUS / "pages" / "nhanchinh_1.html.gz",
    "vhv-eduportal": CORPUS / "pages" / "ptsaoviet_1.html.gz",
    "sname-portal": CORPUS / "pages" / "hagiang-edu_1.html.gz",
    "contentdetail": CORPUS / "pages" / "ubmttq-daknong_7.html.gz",
    "aspnet-newsdetails": CORPUS / "pages" / "truongchinhtri-daknong_1.html.gz",
}


def page_and_truth(path):
    if path.suffix == ".gz":
        return gzip.decompress(path.read_bytes()), GOLD[path.name]
    expected = json.loads(path.with_name(path.name.replace(".html", ".expected.json")).read_text(encoding="utf-8"))
    return path.read_bytes(), expected


def test_every_family_with_markers_has_a_page_here():
    assert {family.profile.name for family in families.known()} == set(PAGES)


@pytest.mark.parametrize("family", sorted(PAGES))
def test_a_page_of_each_family_is_read_with_its_family_profile(family):
    body, truth = page_and_truth(PAGES[family])
    ex = extract(body, url=truth.get("url"))
    assert ex.provenance["family"] == f"recognised:{family}"
    assert any(rule.startswith("profile:") for rule in ex.provenance.values()), ex.provenance
    wrong = {field: (want, got) for field, (right, want, got) in score_pair(truth, ex).items() if not right}
    assert not wrong
    assert ex.to_dict() == extract(body, url=truth.get("url"), profile=profiles.load(family)).to_dict() | {
        "provenance": ex.provenance
    }


# a page of each article web part of the Đắk Nông SharePoint template -> the title's selector that reads it
DAKNONG_PARTS = {
    "stp-daknong_1.html.gz": "#tableforprint p.Title",
    "stnmt_2.html.gz": "div.pages-content div.style_text > span > div:first-child b",
    "stc_1.html.gz": "div.gthieu div.gtTitle div[style*='center'] > p",
    "hdnd-daknong_1.html.gz": "td.dv-title h2",
    "svhttdl-daknong_1.html.gz": "div.noiDung > div.title",
}


@pytest.mark.parametrize("page", sorted(DAKNONG_PARTS))
def test_each_web_part_of_the_daknong_template_is_read_by_the_family(page):
    """Whichever article web part a site of the template uses (body class songanh or soTTTT), the family reads
    it: a sidebar's rich-text field is never taken for the body."""
    body, truth = page_and_truth(CORPUS / "pages" / page)
    ex = extract(body, url=truth["url"])
    assert ex.provenance["family"] == "recognised:sharepoint-daknong"
    assert ex.provenance["title"] == f"profile:{DAKNONG_PARTS[page]}"
    assert ex.provenance["body"].startswith("profile:")
    wrong = {field: (want, got) for field, (right, want, got) in score_pair(truth, ex).items() if not right}
    assert not wrong


def test_a_family_that_names_its_article_addresses_reads_only_those():
    # Liferay's one-tender-a-page section shows its one item in full: read with the family it was an article
    # under the section's address (the saved portal's generic import kept 19 such pages); the generic verdict
    # sees a listing's numbered pages
    page = FIXTURES / "saved_portal_kinds" / "vi" / "-au-thau-mua-sam-cong4b90.html.gz"
    body = gzip.decompress(page.read_bytes())
    section = "https://sotttt.hanoi.gov.vn/vi/-au-thau-mua-sam-cong?p_p_id=101&_101_delta=1&_101_cur=2"
    listing = extract(body, url=section)
    assert "family" not in listing.provenance and listing.kind == "listing"
    as_article = extract(body, url="https://sotttt.hanoi.gov.vn/vi/dau-thau/-/view_content/3021001-ke-hoach")
    assert as_article.provenance["family"] == "recognised:liferay" and as_article.kind == "article"


def test_a_page_of_no_known_family_stays_generic():
    body, truth = page_and_truth(FIXTURES / "presscms" / "article-initials.html")
    ex = extract(body, url=truth.get("url"))
    assert "family" not in ex.provenance
    assert not any(rule.startswith("profile:") for rule in ex.provenance.values())
    assert ex.to_dict() == extract(body, url=truth.get("url"), families=False).to_dict()


def test_a_site_profile_wins_over_the_family():
    page = FIXTURES / "mttq-baclieu" / "article-seed.html"
    url = json.loads(page.with_name("article-seed.expected.json").read_text(encoding="utf-8"))["url"]
    assert profiles.for_page(url).name == "mttq-baclieu"
    record = json.loads(archiver("parse", page, "--url", url).stdout)
    assert record["profile"] == "mttq-baclieu"
    assert "family" not in record["provenance"]
    assert record["provenance"]["title"] == "profile:div.post-detail h2.post-title"  # the site's, not SharePoint's


def test_parse_prints_the_recognised_family_and_generic_turns_recognition_off():
    page = FIXTURES / "nukeviet" / "article-views.html"
    record = json.loads(archiver("parse", page).stdout)
    assert record["profile"] is None  # no profile named: the family is recognised
    assert record["provenance"]["family"] == "recognised:nukeviet"
    assert record["provenance"]["title"] == "profile:div.news_column h1.title"
    generic = json.loads(archiver("parse", "--generic", page).stdout)
    assert generic["profile"] is None
    assert "family" not in generic["provenance"]
    assert not any(rule.startswith("profile:") for rule in generic["provenance"].values())


def test_eval_generic_scores_without_families():
    gold, pages = CORPUS / "gold.jsonl", CORPUS / "pages"
    assert "none (generic)" in archiver("eval", gold, pages, "--generic").stdout
    assert "the family each page shows" in archiver("eval", gold, pages).stdout


def test_a_url_crawl_stores_the_recognised_family(tmp_path):
    """No site profile names 127.0.0.1: the article is read with the family its markers show."""
    portal = tmp_path / "portal"
    (portal / "tin").mkdir(parents=True)
    shutil.copy(PAGES["nukeviet"], portal / "tin" / "hoi-nghi-tong-ket-123.html")
    (portal / "index.html").write_text(
        '<html><body><h1>Tin</h1><a href="/tin/hoi-nghi-tong-ket-123.html">Hội nghị tổng kết</a></body></html>',
        encoding="utf-8",
    )
    server, base = serve(portal)
    try:
        result = run_archiver("crawl", "--url", f"{base}/index.html", "--db", tmp_path / "a.db", "--delay", "0", "-q")
    finally:
        server.shutdown()
    assert result.returncode in (0, 3), result.stdout + result.stderr
    stored = rows(tmp_path / "a.db", "SELECT site, provenance FROM articles")
    assert len(stored) == 1
    site, provenance = stored[0]
    assert site == "127.0.0.1"
    assert json.loads(provenance)["family"] == "recognised:nukeviet"


def test_a_user_adds_a_family_in_a_profiles_folder(tmp_path):
    folder = profile_dir(
        tmp_path,
        mycms='name = "mycms"\n[recognise]\ngenerator = ["^MyCMS"]\n[extract]\ntitle = ["div.headline"]\n',
    )
    page = tmp_path / "page.html"
    page.write_text(
        '<html><head><meta name="generator" content="MyCMS 2"></head><body><div class="headline">Tiêu đề bài</div>'
        "<p>" + "Nội dung bài viết dài đủ để đọc. " * 20 + "</p></body></html>",
        encoding="utf-8",
    )
    result = run_archiver("--profiles", folder, "parse", page)
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["provenance"]["family"] == "recognised:mycms"
    assert record["provenance"]["title"] == "profile:div.headline"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ('name = "mycms"\n[recognise]\nurl = ["(unclosed"]\n', "[recognise].url: invalid regular expression"),
        ('name = "mycms"\n[recognise]\nwords = ["MyCMS"]\n', "unknown key(s) in [recognise]: words"),
        ('name = "mycms"\n[recognise]\ngenerator = [""]\n', "[recognise].generator: an empty marker"),
        ('name = "mycms"\ndomains = ["my.gov.vn"]\n[recognise]\ngenerator = ["^MyCMS"]\n', "is for a CMS family"),
    ],
)
def test_a_broken_marker_is_a_one_line_error(tmp_path, text, shown):
    folder = profile_dir(tmp_path, mycms=text)
    result = run_archiver("--profiles", folder, "parse", FIXTURES / "nukeviet" / "article-views.html")
    assert_one_line_error(result, 2)
    assert os.path.join(folder, "mycms.toml") in result.stderr and shown in result.stderr


def test_a_recognised_family_reads_the_article_id_too():
    """The profile that read the page is the family: its [identity] rule keys the article (Liferay's asset id,
    the same under every category URL and the print view)."""
    body, truth = page_and_truth(PAGES["liferay"])
    ex = extract(body, url=truth["url"])
    reader = profiles.reader(None, ex.provenance)
    assert reader is not None and reader.name == "liferay"
    assert identity.article_id(reader, [truth["url"]]) == truth["url"].split("/view_content/")[1].split("-")[0]
    assert profiles.reader(None, extract(body, url=truth["url"], families=False).provenance) is None


def test_the_most_specific_family_wins():
    """The Đắk Nông template's pages show SharePoint's markers too: the family extending sharepoint reads them."""
    from archiver import htmltree, metadata

    body, truth = page_and_truth(PAGES["sharepoint-daknong"])
    root = htmltree.parse_utf8(body)
    signs = families.Signs(root, metadata.read(root, ""), truth["url"])
    shown = [family.profile.name for family in families.known() if family.shown_by(signs)]
    assert shown == ["sharepoint-daknong", "sharepoint"]
    assert families.recognise(root, metadata.read(root, ""), truth["url"]).name == "sharepoint-daknong"
