using DomainKit.Explanations;
using NodaTime;

namespace DomainKit.Tests.Explanations;

/// <summary>
/// The arguments and inputs an explanation step carries are equal exactly when their names (or paths) and values
/// are, a value's kind included: an amount of ¥1.00 is not the whole number 100, nor the text "¥1.00"; a term is not
/// the text of its key.
/// </summary>
public class ExplanationValuesTest
{
    [Fact]
    public void Arguments_AreEqualExactlyWhenNameKindAndValueAre()
    {
        (string Label, MessageArgument Argument)[] arguments =
        [
            ("a text x", MessageArgument.Of("a", "x")),
            ("a text x", MessageArgument.Of("a", "x")),
            ("b text x", MessageArgument.Of("b", "x")),
            ("a text y", MessageArgument.Of("a", "y")),
            ("a amount 100", MessageArgument.Of("a", Money.FromYuan(1m))),
            ("a integer 100", MessageArgument.Of("a", 100L)),
            ("a text ¥1.00", MessageArgument.Of("a", "¥1.00")),
            ("a date 2026-03-01", MessageArgument.Of("a", new LocalDate(2026, 3, 1))),
            ("a date 2026-03-02", MessageArgument.Of("a", new LocalDate(2026, 3, 2))),
            ("a term unit.yuan", MessageArgument.Term("a", "unit.yuan")),
            ("a term unit.days", MessageArgument.Term("a", "unit.days")),
            ("a text unit.yuan", MessageArgument.Of("a", "unit.yuan")),
        ];
        EqualExactlyWhenLabelsAre(arguments, (a, b) => a == b, (a, b) => a != b);

        Assert.Equal("a=x", MessageArgument.Of("a", "x").ToString());
        Assert.Equal("a=¥1.00", MessageArgument.Of("a", Money.FromYuan(1m)).ToString());
        Assert.Equal("a=unit.yuan", MessageArgument.Term("a", "unit.yuan").ToString());
        Assert.Equal((null, "unit.yuan"), (MessageArgument.Term("a", "unit.yuan").Text, MessageArgument.Term("a", "unit.yuan").TermKey));
        Assert.Equal(("x", null), (MessageArgument.Of("a", "x").Text, MessageArgument.Of("a", "x").TermKey));
    }

    [Fact]
    public void Inputs_AreEqualExactlyWhenPathKindAndValueAre()
    {
        (string Label, InputReading Input)[] inputs =
        [
            ("p text x", InputReading.Of("p", "x")),
            ("p text x", InputReading.Of("p", "x")),
            ("q text x", InputReading.Of("q", "x")),
            ("p text y", InputReading.Of("p", "y")),
            ("p amount 100", InputReading.Of("p", Money.FromYuan(1m))),
            ("p integer 100", InputReading.Of("p", 100L)),
            ("p date 2026-03-01", InputReading.Of("p", new LocalDate(2026, 3, 1))),
            ("p token true", InputReading.Of("p", true)),
            ("p text true", InputReading.Of("p", "true")),
            ("p token false", InputReading.Of("p", false)),
            ("p token applicant", InputReading.Of("p", "applicant", "relation.applicant")),
            ("p token applicant as spouse", InputReading.Of("p", "applicant", "relation.spouse")),
        ];
        EqualExactlyWhenLabelsAre(inputs, (a, b) => a == b, (a, b) => a != b);

        Assert.Equal("p=¥1.00", InputReading.Of("p", Money.FromYuan(1m)).ToString());
        Assert.Equal("p=2026-03-01", InputReading.Of("p", new LocalDate(2026, 3, 1)).ToString());
        Assert.Equal(string.Empty, default(InputReading).Value);
        Assert.Equal("applicant", InputReading.Of("p", "applicant", "relation.applicant").Value);
        Assert.Equal("applicant", InputReading.Of("p", "applicant", "relation.applicant").ValueIn(Language.English));
        Assert.Equal("申请人（applicant）", InputReading.Of("p", "applicant", "relation.applicant").ValueIn(Language.ChineseSimplified));
        Assert.Equal("否（false）", InputReading.Of("p", false).ValueIn(Language.ChineseSimplified));
        Assert.Equal("1350.00元", InputReading.Of("p", Money.FromYuan(1350m)).ValueIn(Language.ChineseSimplified));
        Assert.Equal("-0.05元", InputReading.Of("p", Money.FromFen(-5)).ValueIn(Language.ChineseSimplified));
        Assert.Equal("¥1350.00", InputReading.Of("p", Money.FromYuan(1350m)).ValueIn(Language.English));
    }

    [Fact]
    public void ATermList_ReadsInEachLanguage_AndAsItsKeysInNone()
    {
        var methods = MessageArgument.Terms("methods", ["method.transfer", "method.removal"]);
        Assert.Equal("调离岗位、免职", methods.Render(Language.ChineseSimplified));
        Assert.Equal("transfer to another post, removal", methods.Render(Language.English));
        Assert.Equal("method.transfer, method.removal", methods.Text);
        Assert.Null(methods.TermKey);
        Assert.Equal(string.Empty, MessageArgument.Terms("methods", []).Render(Language.ChineseSimplified));
    }

    /// <summary>Each value against each: equal by <c>Equals</c> and the operators exactly when their labels are, with equal hashes then.</summary>
    private static void EqualExactlyWhenLabelsAre<T>((string Label, T Value)[] values, Func<T, T, bool> equal, Func<T, T, bool> unequal)
        where T : struct, IEquatable<T>
    {
        foreach (var (label, value) in values)
        {
            foreach (var (otherLabel, other) in values)
            {
                var same = label == otherLabel;
                Assert.True(same == value.Equals(other), $"{label} and {otherLabel}");
                Assert.True(same == equal(value, other), $"{label} == {otherLabel}");
                Assert.True(same != unequal(value, other), $"{label} != {otherLabel}");
                Assert.True(same == value.Equals((object)other), $"{label} and {otherLabel} as objects");
                Assert.True(!same || value.GetHashCode() == other.GetHashCode(), $"{label} and {otherLabel}: hash");
            }
        }
    }
}
