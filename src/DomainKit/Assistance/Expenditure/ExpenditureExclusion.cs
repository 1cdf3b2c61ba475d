namespace DomainKit.Assistance;

/// <summary>Why a household is not an expenditure-hardship household, or that it is one.</summary>
public enum ExpenditureExclusion
{
    /// <summary>Not excluded: the household qualifies.</summary>
    None = 0,

    /// <summary>The household qualifies for dibao.</summary>
    Dibao = 1,

    /// <summary>A member is an extreme-poverty person.</summary>
    ExtremePoverty = 2,

    /// <summary>The household is a margin household (national rule, EX-01).</summary>
    Margin = 3,

    /// <summary>Per-capita income is not below the reference: consumption (ZF-EX-01) or disposable income (EX-01).</summary>
    Income = 4,

    /// <summary>Household income does not meet the local low-income test (ZF-EX-01).</summary>
    LowIncomeTest = 5,

    /// <summary>The property test fails (HH-05, under both rules).</summary>
    Property = 6,

    /// <summary>Rigid spending does not exceed the share of income (EX-01, EX-02).</summary>
    RigidSpending = 7,

    /// <summary>No excessive spending because of major illness or disaster (ZF-EX-01).</summary>
    NoIllnessOrDisasterSpending = 8,

    /// <summary>Basic needs are met after emergency relief (ZF-EX-01).</summary>
    ReliefSufficed = 9,
}
