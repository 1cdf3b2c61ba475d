using DomainKit.Policies;

namespace DomainKit.Assistance;

/// <summary>The parameters of periodic review (ZF-VR-02, DB-10; EX-03 reads <see cref="ExpenditureParameters.ValidityMonths"/>).</summary>
public static class ReviewParameters
{
    /// <summary>ZF-VR-02: the months in which every recipient is re-appraised and re-verified. Optional: national rules have none.</summary>
    public static readonly PolicyParameter<MonthSet> CentralisedReviewMonths = new(
        "centralisedReviewMonths", "ZF-VR-02", ParameterUnit.Set, "Months in which every recipient is reviewed.", new MonthSetCodec(), optional: true);

    /// <summary>DB-10: months between reviews of a dibao household with stable income.</summary>
    public static readonly PolicyParameter<int> DibaoStableMonths = ParameterFactory.Whole(
        "dibaoReviewMonthsStable", "DB-10", ParameterUnit.Months, "Months between reviews of a stable dibao household.", 1, 60);

    /// <summary>DB-10: months between reviews of a dibao household with unstable income or members able to work.</summary>
    public static readonly PolicyParameter<int> DibaoUnstableMonths = ParameterFactory.Whole(
        "dibaoReviewMonthsUnstable", "DB-10", ParameterUnit.Months, "Months between reviews of a dibao household with unstable income or members able to work.", 1, 60);
}
