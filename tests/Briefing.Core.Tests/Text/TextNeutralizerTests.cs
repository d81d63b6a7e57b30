using Briefing.Text;

namespace Briefing.Tests.Text;

public sealed class TextNeutralizerTests
{
    [Theory]
    [InlineData("\u202e000,03\u202c homes", "000,03 homes")]
    [InlineData("Reu\u2067ters\u2069 \u200Freport", "Reuters report")]
    [InlineData("pa\u200Bss\u200Cwo\u200Drd\u2060\uFEFF\u00AD", "password")]
    [InlineData("title\u001b]0;owned\u0007\u001b[2J done\u009b31m", "title]0;owned[2J done31m")]
    [InlineData("hidden\U000E0041\U000E0042 tags", "hidden tags")]
    [InlineData("lines\u2028kept\ttoo\r\n", "lines\nkept\ttoo\r\n")]
    public void Neutralize_HostileCharacters_Removed(string input, string expected) =>
        Assert.Equal(expected, TextNeutralizer.Neutralize(input));

    [Theory]
    [InlineData("👨\u200D👩\u200D👧 family")]
    [InlineData("می\u200Cخواهم")]
    [InlineData("Plain text, “quotes” — and 中文。")]
    [InlineData("עברית and العربية")]
    public void Neutralize_LegitimateText_Unchanged(string text) =>
        Assert.Same(text, TextNeutralizer.Neutralize(text));

    [Fact]
    public void ForTerminal_LineBreaksAndEscapes_OneSafeLine() =>
        Assert.Equal("a b c [31mred", TextNeutralizer.ForTerminal("a\nb\r\nc\t\u001b[31mred"));

    [Theory]
    [InlineData("title\u001b]0;pwned\u0007 end", "title\\u001B]0;pwned\\u0007 end")]
    [InlineData("\u202E000,03\u202C homes", "\\u202E000,03\\u202C homes")]
    [InlineData("over\rwritten", "over\\u000Dwritten")]
    [InlineData("two\r\nlines\tkept", "two\r\nlines\tkept")]
    [InlineData("plain text", "plain text")]
    public void Escape_WhatNeutralizeRemoves_ShownAsVisibleEscapes(string text, string expected) =>
        Assert.Equal(expected, TextNeutralizer.Escape(text));
}
