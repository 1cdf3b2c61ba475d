namespace DomainKit.Cadres;

/// <summary>The annual assessment grades (CA-01), from the best: a lower value is a better grade.</summary>
public enum AssessmentGrade
{
    /// <summary>优秀 excellent.</summary>
    Excellent = 1,

    /// <summary>称职 competent.</summary>
    Competent = 2,

    /// <summary>基本称职 basically competent.</summary>
    BasicallyCompetent = 3,

    /// <summary>不称职 incompetent.</summary>
    Incompetent = 4,
}
