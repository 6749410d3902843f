"""Page furniture the rules must recognise on its own (team-written lines)."""
from __future__ import annotations

import pytest

from dyads.read.cleanup import is_boilerplate


@pytest.mark.parametrize("line", [
    # cookie notices longer than the short-line rules, recognised by the cookie rule alone
    "This website relies on cookies to work properly; by continuing to browse the site you consent to the use of cookies as described in our policy.",
    "Cookies help us deliver our services. By clicking anywhere on this page you accept cookies and our updated privacy policy.",
    # a three-item menu
    "Home | World | Politics",
    "News • Opinion • Video",
])
def test_boilerplate(line):
    assert len(line) > 3 and is_boilerplate(line)


@pytest.mark.parametrize("line", [
    "The European Parliament voted on Tuesday to tighten the rules on tracking cookies used by advertisers, a change that "
    "consumer groups had demanded for years and that the advertising industry said would cost it billions of euros in revenue "
    "across the bloc, while officials in Brussels insisted the policy would protect users without hurting small publishers.",
    "Russia | Ukraine",
])
def test_article_text(line):
    assert not is_boilerplate(line)
