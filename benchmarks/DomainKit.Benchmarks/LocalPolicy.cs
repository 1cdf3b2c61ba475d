using DomainKit.Assistance;
using DomainKit.Policies;
using NodaTime;

namespace DomainKit.Benchmarks;

/// <summary>Local values a locality would add to a bundled preset for the programmes whose amounts no source gives.</summary>
public static class LocalPolicy
{
    private static readonly LocalDate From = new(2014, 5, 1);
    private static readonly Provenance Source = Provenance.Illustrative("Benchmark values for the programmes the sources leave unset");

    public static PolicySet Complete(PolicySet preset)
    {
        var months = TemporaryMonths.Create(
            from category in Enum.GetValues<TemporaryCategory>()
            from need in Enum.GetValues<TemporaryNeed>()
            select new TemporaryMonthsRow(category, need, Rate.FromFraction(2m), Rate.FromFraction(5m))).Value;
        var education = EducationStandards.Create(
        [
            KeyValuePair.Create(SchoolStage.Primary, Money.FromYuan(1_000m)),
            KeyValuePair.Create(SchoolStage.JuniorSecondary, Money.FromYuan(1_250m)),
            KeyValuePair.Create(SchoolStage.SeniorSecondary, Money.FromYuan(2_000m)),
        ]).Value;
        return preset
            .With(TemporaryParameters.Months, months, From, Source)
            .With(TemporaryParameters.Cap, Money.FromYuan(20_000m), From, Source)
            .With(TemporaryParameters.MinorFlatSum, Money.FromYuan(500m), From, Source)
            .With(EducationParameters.Standards, education, From, Source);
    }
}
