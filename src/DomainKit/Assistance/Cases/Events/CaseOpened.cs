namespace DomainKit.Assistance;

/// <summary>A case was opened on a channel (ZF-WF-01); proactive discovery starts it at discovery, every other channel at report.</summary>
public sealed record CaseOpened : CaseEvent
{
    /// <summary>The channel.</summary>
    public required IntakeChannel Channel { get; init; }

    /// <summary>The applicant; personal data.</summary>
    public required CaseApplicant Applicant { get; init; }

    /// <summary>The IANA time zone in which the case's dates are read, such as Asia/Shanghai.</summary>
    public required string TimeZoneId { get; init; }
}
