namespace DomainKit.Assistance;

/// <summary>What a change of a monthly benefit rests on (DB-09, DB-10).</summary>
public enum BenefitChangeGrounds
{
    /// <summary>The recipient reported a change of household, income or property (DB-09).</summary>
    ChangeReport = 1,

    /// <summary>A periodic review found a change (DB-10; Zhifu: the March and September reviews).</summary>
    PeriodicReview = 2,
}
