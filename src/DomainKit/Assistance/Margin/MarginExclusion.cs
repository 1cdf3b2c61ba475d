namespace DomainKit.Assistance;

/// <summary>Why a household is not a low-income margin household (MD-01), or that it is one.</summary>
public enum MarginExclusion
{
    /// <summary>Not excluded: the household is a margin household.</summary>
    None = 0,

    /// <summary>The household qualifies for dibao, the category above margin.</summary>
    Dibao = 1,

    /// <summary>A counted member is an extreme-poverty person, a category above margin.</summary>
    ExtremePoverty = 2,

    /// <summary>Per-capita income is not below the margin multiple of the standard.</summary>
    Income = 3,

    /// <summary>The property test fails.</summary>
    Property = 4,
}
