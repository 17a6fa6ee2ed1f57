"""Every command's help says what it does with an example; errors name the input and the
fix, never a trace."""
import json

import pytest
from click.testing import CliRunner

from conftest import SAMPLES
from govnews.cli import main

COMMANDS = sorted(main.commands)


@pytest.mark.parametrize("command", COMMANDS)
def test_help_says_what_it_does_with_an_example(command):
    out = CliRunner().invoke(main, [command, "--help"])
    assert out.exit_code == 0
    assert "Example" in out.output and f"govnews {command} " in out.output, out.output
    summary = main.commands[command].get_short_help_str(limit=80)
    assert not summary.endswith("...") and len(summary) > 10, summary


def test_the_group_help_lists_every_command_and_a_start():
    out = CliRunner().invoke(main, ["--help"]).output
    assert "govnews demo" in out and "govnews serve --db out/corpus.db" in out
    assert all(c in out for c in COMMANDS)


def run(args, tmp_path):
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    text = result.output  # standard output and error together
    assert result.exit_code != 0, text
    assert "Traceback" not in text
    return text


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("c") / "corpus.db"
    assert CliRunner().invoke(main, ["ingest", str(SAMPLES.parent / "corpus"), "--db", str(db)]).exit_code == 0
    return db


def test_a_missing_corpus_names_the_file_and_how_to_build_one(tmp_path):
    for command in (["stats"], ["search", "调解"], ["export", "--format", "csv", "-o", str(tmp_path / "m.csv")],
                    ["compare", "--indicator", "调解"], ["serve"]):
        text = run([*command, "--db", str(tmp_path / "none.db")], tmp_path)
        assert f"{tmp_path / 'none.db'}: no such corpus" in text and "govnews ingest PAGES --db" in text, text


def test_a_folder_or_a_foreign_file_as_the_corpus_names_it_and_the_fix(tmp_path):
    text = run(["stats", "--db", str(tmp_path)], tmp_path)
    assert f"{tmp_path}: a folder, not a corpus file; give --db" in text
    (tmp_path / "notes.db").write_text("not sqlite")
    text = run(["stats", "--db", str(tmp_path / "notes.db")], tmp_path)
    assert "notes.db: not a govnews corpus" in text and "give --db a file that govnews ingest or crawl wrote" in text


def test_a_bad_url_map_names_the_file_and_its_form(tmp_path):
    (tmp_path / "urls.json").write_text(json.dumps(["a.html"]))
    text = run(["ingest", str(SAMPLES), "--urls", str(tmp_path / "urls.json"), "--db", str(tmp_path / "c.db")],
               tmp_path)
    assert "urls.json: holds a JSON list, not an object of page file name to URL" in text


def test_compare_without_a_match_names_the_question_and_what_to_try(corpus_db, tmp_path):
    text = run(["compare", "--indicator", "不存在的指标", "--db", str(corpus_db)], tmp_path)
    assert "no figure for --indicator 不存在的指标" in text and "--part-year" in text and "govnews search" in text
    text = run(["compare", "--db", str(corpus_db)], tmp_path)
    assert "--indicator TEXT" in text and "--category CAT" in text


def test_an_export_that_cannot_be_written_names_the_path(corpus_db, tmp_path):
    (tmp_path / "file").write_text("x")
    text = run(["export", "--db", str(corpus_db), "--format", "csv", "-o", str(tmp_path / "file" / "m.csv")],
               tmp_path)
    assert f"{tmp_path / 'file' / 'm.csv'}: cannot be written" in text and "give -o a path" in text
