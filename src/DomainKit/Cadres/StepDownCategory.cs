namespace DomainKit.Cadres;

/// <summary>The seed's three kinds of cadre who step down (SX-PD-00).</summary>
public enum StepDownCategory
{
    /// <summary>平庸 mediocre: results that do not come up to the post.</summary>
    Mediocre = 1,

    /// <summary>失职 derelict: duties failed or rules broken.</summary>
    Derelict = 2,

    /// <summary>不适 unfit: the post no longer fits the cadre, in the eyes of those served.</summary>
    Unfit = 3,
}
