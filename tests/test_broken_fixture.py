"""A deliberately broken hub: the validator reports exactly these problems, all at once."""
# ruff: noqa: E501  (the expected messages are kept whole, as a reader sees them)

from pathlib import Path

from partdem.content.validate import validate

BROKEN = Path(__file__).parent / "fixtures" / "broken"

EXPECTED = [
    ('data/cases/bad-case.yaml', 3, 10,
     "'summary': raw HTML <script> is not allowed in content (it could run code or load outside content in readers' browsers); describe it in Markdown or add a link"),
    ('data/cases/bad-case.yaml', 4, 10,
     "'country': 'UK' is not an ISO 3166-1 alpha-2 country code (two capital letters, such as IE, BR or KE)"),
    ('data/cases/bad-case.yaml', 6, 8,
     "'scope': 'citty' is not an allowed value; allowed: neighbourhood, city, metropolitan, regional, national, multinational, global (did you mean 'city'?)"),
    ('data/cases/bad-case.yaml', 8, 6,
     'the end date 2021-02-01 is before the start date 2021-03-06'),
    ('data/cases/bad-case.yaml', 13, 11,
     "'number': must be at least 0, got -3"),
    ('data/cases/bad-case.yaml', 14, 11,
     "'sessions': expected a whole number, got 'six'"),
    ('data/cases/bad-case.yaml', 15, 14,
     "'facilitator': '+44 7700 900123' looks like a phone number: the hub is public and activists can be at risk: it publishes only role addresses (such as info@ or contact@ of a group) and public channels, never a person's own email or phone number. Remove it, or link to a public channel instead"),
    ('data/cases/bad-case.yaml', 16, 9,
     "there is no digital tool 'decidimm' (no file data/tools/decidimm.yaml)"),
    ('data/cases/bad-case.yaml', 19, 10,
     "'url': javascript:, vbscript: and data: links are not allowed: links must start with https:// or http://"),
    ('data/cases/bad-case.yaml', 21, 8,
     "B01 is rated 2: a rating of 1 or more needs 'evidence', the URL of one of the case's sources"),
    ('data/cases/bad-case.yaml', 21, 8,
     "B01 is rated 2: add a short 'note' saying why"),
    ('data/cases/bad-case.yaml', 22, 8,
     "unknown benchmark item 'B99' (did you mean 'B09'?); items are B01-B16 (citizens' assemblies) and P01-P08 (People's Assemblies)"),
    ('data/cases/bad-case.yaml', 24, 1,
     "unknown key 'contry' (did you mean 'country'?); allowed keys here: summary, source_lang, updated, links, title, country, countries, city, type, scope, start, end, status, format, question, topics, commissioner, organiser, facilitator, budget, participants, sessions, hours, days, languages_used, design, tools, chapters, outcome, evaluation, what_worked, what_did_not, lessons, sources, benchmark"),
    ('data/cases/dates.it.yaml', 1, 1,
     "'it' is not a language of this site; translations are named <slug>.<language>.yaml with language one of: en, es, fr, de, pt, ar"),
    ('data/cases/dates.yaml', 7, 6,
     'the end date 2021-02-01 is before the start date 2021-03-06'),
    ('data/cases/dates.yaml', 12, 14,
     "there is no chapter 'xr-nowhere' (no file data/chapters/xr-nowhere.yaml)"),
    ('data/cases/dates.yaml', 18, 8,
     "P01 does not apply to a case of type 'citizens_jury': a sortition-based process is rated against B items"),
    ('data/cases/dates.yaml', 19, 30,
     "the evidence for B02 is not among the case's sources: add it to 'sources' or cite one of them (did you mean 'https://example.org/report'?)"),
    ('data/cases/ghost.fr.yaml', 1, 1,
     'this is a translation of data/cases/ghost.yaml, which does not exist: check the file name'),
    ('data/chapters/duplicate.yaml', 10, 1,
     "duplicate key 'name' (first given on line 1): keep one"),
    ('data/chapters/personal.yaml', 2, 10,
     "'summary': '0044 20 7946 0958' looks like a phone number: the hub is public and activists can be at risk: it publishes only role addresses (such as info@ or contact@ of a group) and public channels, never a person's own email or phone number. Remove it, or link to a public channel instead"),
    ('data/chapters/personal.yaml', 8, 10,
     "'email': 'jane.doe@example.org' looks like a personal email address: the hub is public and activists can be at risk: it publishes only role addresses (such as info@ or contact@ of a group) and public channels, never a person's own email or phone number. Use the group's role address (for example info@ or contact@)"),
    ('data/tools/anchors.yaml', 3, 8,
     'YAML anchors and aliases (&name, *name) are not allowed: write each value out in full'),
    ('data/tools/broken-yaml.yaml', 2, 1,
     "this is not valid YAML: did not find expected ',' or ']' while parsing a flow sequence"),
    ('data/tools/empty.yaml', 1, 1,
     'the file is empty: write the content, or delete the file'),
    ('data/training/Bad_Name.yaml', 1, 1,
     "'Bad_Name.yaml' is not a valid file name: use a slug of lowercase letters, digits and single hyphens, then .yaml, or .<language>.yaml for a translation (such as climate-assembly-uk.es.yaml)"),
    ('data/training/facilitation.yaml', 10, 16,
     "'prerequisites' forms a cycle (facilitation -> loop-b -> facilitation): a training module cannot lead back to itself, directly or through others"),
]


def test_every_problem_at_its_place():
    _, problems = validate(BROKEN)
    found = [(str(p.path.relative_to(BROKEN)), p.line, p.col, p.message) for p in problems]
    assert found == EXPECTED


def test_cli_reports_them_and_fails(capsys):
    from partdem.cli import main

    assert main(["--root", str(BROKEN), "check"]) == 1
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert len(lines) == len(EXPECTED)
    assert all(": error: " in line for line in lines)
    assert err.strip() == f"{len(EXPECTED)} problem(s) in 11 file(s)"


def test_github_annotations(capsys):
    from partdem.cli import main

    assert main(["--root", str(BROKEN), "check", "--format", "github"]) == 1
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith("::error file=")
    assert ",line=3,col=10::" in first

