namespace DomainKit.Cadres;

/// <summary>The six factors weighed in a tolerance decision (FT-03).</summary>
public enum ToleranceFactor
{
    /// <summary>Motive and attitude.</summary>
    MotiveAndAttitude = 1,

    /// <summary>Objective conditions.</summary>
    ObjectiveConditions = 2,

    /// <summary>Procedure and method.</summary>
    ProcedureAndMethod = 3,

    /// <summary>Nature and degree.</summary>
    NatureAndDegree = 4,

    /// <summary>Consequences.</summary>
    Consequences = 5,

    /// <summary>Recovery of losses.</summary>
    LossRecovery = 6,
}
