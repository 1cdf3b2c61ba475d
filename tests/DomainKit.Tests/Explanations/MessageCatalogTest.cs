using System.Reflection;
using System.Text.RegularExpressions;
using DomainKit.Assistance;
using DomainKit.Explanations;
using DomainKit.Policies;

namespace DomainKit.Tests.Explanations;

public partial class MessageCatalogTest
{
    private static IEnumerable<string> AllKeys() =>
        typeof(MessageKeys).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .Concat(Enum.GetValues<ParameterUnit>().Select(MessageKeys.UnitTerm))
            .Concat(ParameterCatalog.All.Where(p => p.Unit == ParameterUnit.Count).Select(p => "unit.count." + p.Id))
            .Concat(Enum.GetValues<Absence>().Select(MessageKeys.AbsenceTerm))
            .Concat(Enum.GetValues<DomainKit.Cadres.AdjustmentMethod>().Select(MessageKeys.AdjustmentMethodTerm))
            .Concat(Enum.GetValues<DomainKit.Cadres.StepDownTrigger>().Select(MessageKeys.StepDownTriggerTerm))
            .Concat(Enum.GetValues<Fund>().Select(MessageKeys.FundTerm))
            .Concat(Enum.GetValues<TemporaryNeed>().Select(MessageKeys.NeedTerm))
            .Concat(Enum.GetValues<HardshipSeverity>().Select(MessageKeys.SeverityTerm))
            .Concat(Enum.GetValues<Residence>().Select(MessageKeys.ResidenceTerm))
            .Concat(Enum.GetValues<SourceKind>().Select(MessageKeys.SourceTerm))
            .Concat(Enum.GetValues<Relation>().Select(MessageKeys.RelationTerm))
            .Concat(Enum.GetValues<IncomeKind>().Select(MessageKeys.IncomeTerm))
            .Concat(Enum.GetValues<DisabilityKind>().Select(MessageKeys.DisabilityTerm))
            .Concat(Enum.GetValues<MedicalGroup>().Select(MessageKeys.MedicalGroup))
            .Concat(Enum.GetValues<MedicalGroup>().Select(MessageKeys.MedicalGroupTerm))
            .Concat(Enum.GetValues<HardshipType>().Select(MessageKeys.HardshipTerm))
            .Concat(Enum.GetValues<ExpenditureDibaoBenefit>().Select(MessageKeys.DibaoTakenInBenefit))
            .Concat(Enum.GetValues<TemporaryCategory>().Select(MessageKeys.TemporaryCategory))
            .Concat(Enum.GetValues<SchoolStage>().Select(MessageKeys.SchoolStageTerm))
            .Concat(Enum.GetValues<Need>().Select(MessageKeys.CaseNeedTerm))
            .Concat(Enum.GetValues<Department>().Select(MessageKeys.DepartmentTerm))
            .Concat(Enum.GetValues<TemporaryCategory>().Select(MessageKeys.TemporaryCategoryTerm))
            .Concat(Enum.GetValues<NameMasking>().Select(MessageKeys.NameMaskingTerm))
            .Concat(Enum.GetValues<DomainKit.Cadres.AdjustmentMethodList>().Select(MessageKeys.AdjustmentListTerm))
            .Concat(Enum.GetValues<ExpenditureRule>().Select(MessageKeys.ExpenditureRuleTerm))
            .Concat(Enum.GetValues<ExpenditureDibaoBenefit>().Select(MessageKeys.ExpenditureDibaoBenefitTerm))
            .Concat(MessageKeys.MedicalStageTerms)
            .Concat(Enum.GetValues<IncomePeriod>().Select(MessageKeys.IncomePeriodTerm))
            .Concat(new[] { MessageKeys.IncomeCounted, MessageKeys.IncomeExcludedKind, MessageKeys.IncomeExcludedMember }.Select(MessageKeys.IncomeMonthly))
            .Concat(Enum.GetValues<Programme>().Select(MessageKeys.ProgrammeTerm))
            .Concat(Enum.GetValues<TimeLimit>().Select(MessageKeys.TimeLimitTerm))
            .Concat(Enum.GetValues<DomainKit.Cadres.StepDownTrigger>().SelectMany(t => new[] { MessageKeys.StepDown(t, true), MessageKeys.StepDown(t, false) }))
            .Concat(Enum.GetValues<DomainKit.Cadres.AssessmentGrade>().Select(MessageKeys.GradeTerm))
            .Concat(Enum.GetValues<DomainKit.Cadres.QuotaRounding>().Select(MessageKeys.QuotaRoundingTerm))
            .Concat(Enum.GetValues<DomainKit.Cadres.ToleranceExclusion>().Select(MessageKeys.ExclusionTerm))
            .Concat(Enum.GetValues<DomainKit.Cadres.ToleranceDistinction>().Select(MessageKeys.DistinctionTerm))
            .Concat(Enum.GetValues<DomainKit.Cadres.ToleranceBoundary>().Select(MessageKeys.BoundaryTerm))
            .Concat(Enum.GetValues<DomainKit.Cadres.ToleranceFactor>().Select(MessageKeys.FactorTerm))
            .Concat(Enum.GetValues<DomainKit.Cadres.FactorWeight>().Select(MessageKeys.FactorWeightTerm))
            .Concat(Enum.GetValues<DomainKit.Cadres.ToleranceOutcome>().Select(MessageKeys.ToleranceOutcomeTerm))
            .Concat(Enum.GetValues<DomainKit.Cadres.PromotionBarKind>().Select(MessageKeys.PromotionBarTerm))
            .Concat(Enum.GetValues<DomainKit.Cadres.UnfitSituation>().Select(MessageKeys.UnfitSituationTerm))
            .Concat(Enum.GetValues<DomainKit.Cadres.UnfitRemedy>().Select(MessageKeys.UnfitRemedyTerm))
            .Concat(Enum.GetValues<DomainKit.Cadres.EvidenceSource>().Select(MessageKeys.EvidenceSourceTerm))
            .Concat(Enum.GetValues<DomainKit.Cadres.AssessmentBasis>().Select(MessageKeys.AssessmentBasisTerm));

    [GeneratedRegex(@"\{[A-Za-z]+\}")]
    private static partial Regex PlaceholderPattern();

    [Theory]
    [InlineData(Language.English)]
    [InlineData(Language.ChineseSimplified)]
    public void EveryKey_HasATemplate(Language language)
    {
        var catalog = MessageCatalog.For(language);
        Assert.All(AllKeys(), key => Assert.True(catalog.ContainsKey(key), key));
    }

    [Fact]
    public void Catalogues_HaveTheSameKeys_AndTheSamePlaceholders()
    {
        var english = MessageCatalog.For(Language.English);
        var chinese = MessageCatalog.For(Language.ChineseSimplified);
        Assert.Equal(english.Keys.Order(), chinese.Keys.Order());
        Assert.Equal(english.Keys.Order(), AllKeys().Distinct().Order());
        foreach (var key in english.Keys)
        {
            var left = PlaceholderPattern().Matches(english[key]).Select(m => m.Value).Order();
            var right = PlaceholderPattern().Matches(chinese[key]).Select(m => m.Value).Order();
            Assert.True(left.SequenceEqual(right), key);
        }
    }

    [Theory]
    [InlineData(1, 1, "The household owns 1 home; at most 1 allowed.")]
    [InlineData(0, 1, "The household owns 0 homes; at most 1 allowed.")]
    [InlineData(2, 1, "The household owns 2 homes; at most 1 allowed.")]
    public void APluralPlaceholder_ReadsTheWordForTheCount(long homes, long max, string expected)
    {
        Assert.Equal(expected, MessageCatalog.Format(Language.English, "hh.property.homes.passed", [MessageArgument.Of("homes", homes), MessageArgument.Of("max", max)]));
        Assert.Equal($"家庭拥有住房 {homes} 套，不超过规定的 {max} 套。", MessageCatalog.Format(Language.ChineseSimplified, "hh.property.homes.passed", [MessageArgument.Of("homes", homes), MessageArgument.Of("max", max)]));
    }

    [Fact]
    public void EveryEnglishPluralPlaceholder_NamesAnArgumentOfItsTemplate_AndHasTwoForms()
    {
        var english = MessageCatalog.For(Language.English);
        foreach (var (key, template) in english)
        {
            foreach (Match plural in Regex.Matches(template, @"\{([A-Za-z]+)\|([^|}]+)\|([^|}]+)\}"))
            {
                Assert.Contains("{" + plural.Groups[1].Value + "}", template, StringComparison.Ordinal);
            }

            Assert.DoesNotContain("(s)", template, StringComparison.Ordinal);
            Assert.Equal(Regex.Count(template, @"\{[^}]*\|"), Regex.Count(template, @"\{([A-Za-z]+)\|([^|}]+)\|([^|}]+)\}"));
        }
    }

    [Fact]
    public void ChineseTemplates_AreChinese()
    {
        var chinese = MessageCatalog.For(Language.ChineseSimplified);
        foreach (var key in AllKeys().Where(k => k.StartsWith("hh.", StringComparison.Ordinal) || k.StartsWith("db.", StringComparison.Ordinal) || k.StartsWith("tk.", StringComparison.Ordinal) || k.StartsWith("md.", StringComparison.Ordinal) || k.StartsWith("ma.", StringComparison.Ordinal) || k.StartsWith("ta.", StringComparison.Ordinal) || k.StartsWith("ex.", StringComparison.Ordinal) || k.StartsWith("ed.", StringComparison.Ordinal)))
        {
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", chinese[key]);
        }
    }

    /// <summary>
    /// Every table of keys per enum member, each member's key made afresh: the tables are filled once per process, so
    /// only a key made now shows what the maker gives today.
    /// </summary>
    private static IEnumerable<(string Table, object Member, string Fresh, string Cached)> KeyTables() =>
        from field in typeof(MessageKeys).GetFields(BindingFlags.NonPublic | BindingFlags.Static)
        where field.FieldType.IsGenericType && field.FieldType.GetGenericTypeDefinition() == typeof(EnumKeys<>)
        let table = field.GetValue(null)!
        let enumType = field.FieldType.GetGenericArguments()[0]
        from member in Enum.GetValues(enumType).Cast<object>()
        select (field.Name,
            member,
            (string)field.FieldType.GetMethod(nameof(EnumKeys<Language>.MakeAfresh))!.Invoke(table, [member])!,
            (string)field.FieldType.GetMethod(nameof(EnumKeys<Language>.For))!.Invoke(table, [member])!);

    [Fact]
    public void EveryKeyTable_MakesADistinctKeyPerMember_WithATemplateInEveryLanguage_AndKeepsWhatItMade()
    {
        var english = MessageCatalog.For(Language.English);
        var chinese = MessageCatalog.For(Language.ChineseSimplified);
        var tables = KeyTables().ToArray();
        Assert.Equal(40, tables.Select(t => t.Table).Distinct().Count());
        foreach (var (table, member, fresh, cached) in tables)
        {
            Assert.True(english.ContainsKey(fresh) && chinese.ContainsKey(fresh), $"{table}: {member} makes {fresh}, which has no template");
            Assert.Equal(fresh, cached);
        }

        foreach (var group in tables.GroupBy(t => t.Table))
        {
            Assert.Equal(group.Count(), group.Select(t => t.Fresh).Distinct().Count());
        }
    }

    [Fact]
    public void AKeyTable_RefusesAValueOutsideItsEnum_ThroughItsMaker()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MessageKeys.UnitTerm((ParameterUnit)999));
        Assert.Throws<ArgumentOutOfRangeException>(() => MessageKeys.RelationTerm((Relation)(-1)));
    }
}
