using System.Text.RegularExpressions;
using DomainKit.Cli;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DomainKit.Tests.Cli;

/// <summary>
/// A table's cell is written into the household's document as a JSON number exactly when it is one, so that the strict
/// reader sees the value a spreadsheet holds; the hand-written check agrees with the JSON grammar's number written as a
/// regular expression (RFC 8259, section 6).
/// </summary>
public sealed class JsonNumberCellTest
{
    private static readonly Regex Grammar = new(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?\z", RegexOptions.CultureInvariant);

    private static readonly char[] Alphabet = ['0', '1', '9', '-', '+', '.', 'e', 'E', ' ', 'x', '٣'];

    [Theory]
    [InlineData("0", true)]
    [InlineData("-0.50", true)]
    [InlineData("1500.00", true)]
    [InlineData("1e5", true)]
    [InlineData("2.5E-3", true)]
    [InlineData("", false)]
    [InlineData("-", false)]
    [InlineData("01", false)]
    [InlineData("1.", false)]
    [InlineData(".5", false)]
    [InlineData("+1", false)]
    [InlineData("1e", false)]
    [InlineData("1e+", false)]
    [InlineData("NaN", false)]
    [InlineData("1 ", false)]
    [InlineData("٣", false)]
    public void TheCheck_FollowsTheJsonNumberGrammar(string cell, bool number) =>
        Assert.Equal(number, HouseholdCsv.IsJsonNumber(cell));

    [Property(MaxTest = 2000)]
    public Property AnyCell_IsANumber_ExactlyWhenTheGrammarSaysSo() =>
        Prop.ForAll(
            Gen.ListOf(Gen.Elements(Alphabet)).Select(chars => new string([.. chars])).ToArbitrary(),
            cell => Grammar.IsMatch(cell) == HouseholdCsv.IsJsonNumber(cell));
}
