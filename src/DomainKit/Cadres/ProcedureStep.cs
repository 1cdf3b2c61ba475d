namespace DomainKit.Cadres;

/// <summary>The steps of stepping down, in order (SX-PD-00: "clear steps and procedures"); none may be skipped.</summary>
public enum ProcedureStep
{
    /// <summary>Evidence gathered from statistics, audit or inspection.</summary>
    Evidence = 1,

    /// <summary>The evidence analysed.</summary>
    Analysis = 2,

    /// <summary>A way down proposed, from the policy's list.</summary>
    Proposal = 3,

    /// <summary>The talk with the cadre (谈话).</summary>
    Talk = 4,

    /// <summary>The decision.</summary>
    Decision = 5,

    /// <summary>The decision recorded (备案).</summary>
    Record = 6,
}
