from tamperwatch.agent.rules import PathRules


def test_excluded_folders_and_file_types() -> None:
    rules = PathRules(exclude=("uploads/**", "cache/**", "*.log"))
    assert rules.excluded("uploads")
    assert rules.excluded("uploads/2026/a.jpg")
    assert rules.excluded("logs/access.log")
    assert rules.excluded("access.log")
    assert not rules.excluded("uploadsx/a.jpg")
    assert not rules.excluded("index.html")
    assert rules.protects_file("index.html")
    assert not rules.protects_file("cache/page.html")


def test_include_protects_only_listed_types() -> None:
    rules = PathRules(include=("*.html", "*.php"), exclude=("tmp/**",))
    assert rules.protects_file("a/b/index.html")
    assert rules.protects_file("shell.php")
    assert not rules.protects_file("photo.jpg")
    assert not rules.protects_file("tmp/x.php")  # excluded wins


def test_double_star_in_the_middle() -> None:
    rules = PathRules(exclude=("**/node_modules/**",))
    assert rules.excluded("node_modules")
    assert rules.excluded("app/node_modules/x.js")
    assert not rules.excluded("app/src/x.js")
