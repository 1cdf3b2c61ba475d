using DomainKit.Policies;

namespace DomainKit.Assistance;

/// <summary>The parameters of the case-handling time limits (WF-01 to WF-07, VR-04, PB-02).</summary>
public static class TimeLimitParameters
{
    /// <summary>WF-01: working days for the dibao decision.</summary>
    public static readonly PolicyParameter<int> DibaoDecision = Days("timeLimitDibaoDecision", "WF-01", "Working days for the dibao decision from acceptance.");

    /// <summary>WF-01: working days for the dibao decision in special cases.</summary>
    public static readonly PolicyParameter<int> DibaoDecisionSpecial = Days("timeLimitDibaoDecisionSpecial", "WF-01", "Working days for the dibao decision in special cases.");

    /// <summary>WF-02: working days for the county's confirmation.</summary>
    public static readonly PolicyParameter<int> CountyConfirmation = Days("timeLimitCountyConfirmation", "WF-02", "Working days for the county's confirmation of the township's file.");

    /// <summary>WF-03: working days for the written rejection.</summary>
    public static readonly PolicyParameter<int> RejectionNotice = Days("timeLimitRejectionNotice", "WF-03", "Working days for the written rejection after the decision.");

    /// <summary>VR-04: working days to start the investigation.</summary>
    public static readonly PolicyParameter<int> InvestigationStart = Days("timeLimitInvestigationStart", "VR-04", "Working days to start the investigation after acceptance.");

    /// <summary>VR-04: working days for the data check.</summary>
    public static readonly PolicyParameter<int> DataCheck = Days("timeLimitDataCheck", "VR-04", "Working days for the data check after acceptance.");

    /// <summary>VR-04: the fewest investigators on a home visit.</summary>
    public static readonly PolicyParameter<int> MinimumInvestigators = ParameterFactory.Whole(
        "minimumInvestigators", "VR-04", ParameterUnit.Count, "Fewest investigators on a home visit.", 1, 20);

    /// <summary>WF-07: working days to review a temporary or medical request. No source gives a value.</summary>
    public static readonly PolicyParameter<int> TemporaryOrMedicalReview = Days("timeLimitTemporaryOrMedicalReview", "WF-07", "Working days to review a temporary or medical request.", requiresLocalValue: true);

    /// <summary>WF-07: working days to approve a temporary or medical request after review. No source gives a value.</summary>
    public static readonly PolicyParameter<int> TemporaryOrMedicalApproval = Days("timeLimitTemporaryOrMedicalApproval", "WF-07", "Working days to approve a temporary or medical request after review.", requiresLocalValue: true);

    /// <summary>PB-02: calendar days the public notice lasts.</summary>
    public static readonly PolicyParameter<int> PublicNotice = ParameterFactory.Whole(
        "publicNoticeDays", "PB-02", ParameterUnit.Days, "Calendar days the public notice lasts.", 1, 365);

    /// <summary>The parameter of a time limit.</summary>
    /// <param name="limit">The limit.</param>
    /// <returns>The parameter.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="limit"/> is not defined.</exception>
    public static PolicyParameter<int> For(TimeLimit limit) => limit switch
    {
        TimeLimit.DibaoDecision => DibaoDecision,
        TimeLimit.DibaoDecisionSpecial => DibaoDecisionSpecial,
        TimeLimit.CountyConfirmation => CountyConfirmation,
        TimeLimit.RejectionNotice => RejectionNotice,
        TimeLimit.InvestigationStart => InvestigationStart,
        TimeLimit.DataCheck => DataCheck,
        TimeLimit.TemporaryOrMedicalReview => TemporaryOrMedicalReview,
        TimeLimit.TemporaryOrMedicalApproval => TemporaryOrMedicalApproval,
        TimeLimit.PublicNotice => PublicNotice,
        TimeLimit.GreenChannelPaperwork => TemporaryParameters.PaperworkDeadlineDays,
        _ => throw new ArgumentOutOfRangeException(nameof(limit), limit, "Unknown time limit."),
    };

    private static PolicyParameter<int> Days(string id, string ruleId, string description, bool requiresLocalValue = false) =>
        ParameterFactory.Whole(id, ruleId, ParameterUnit.WorkingDays, description, 0, 365, requiresLocalValue: requiresLocalValue);
}
