namespace DomainKit.Assistance;

/// <summary>
/// The stages of a case (ZF-WF-03): discovery, report, acceptance, review, approval or referral, and effect
/// evaluation, each supervised and with an accountable person; then closed. A case moves forward one stage
/// at a time and never skips one.
/// </summary>
public enum CaseStage
{
    /// <summary>A community worker, party member or volunteer has found the household (ZF-WF-01).</summary>
    Discovery = 1,

    /// <summary>The need has been reported to a window, by the household or by whoever found it.</summary>
    Report = 2,

    /// <summary>A window has accepted the request and routed it to the departments (一门受理, ZF-WF-02).</summary>
    Acceptance = 3,

    /// <summary>Investigation, verification, home visits, the township opinion and its public notice (VR-02, VR-04, PB-01).</summary>
    Review = 4,

    /// <summary>Approved, rejected or referred; aid is paid on an approval.</summary>
    Decision = 5,

    /// <summary>The outcome after aid is recorded, closing the supervision loop.</summary>
    EffectEvaluation = 6,

    /// <summary>Every department task is done and nothing is left to recover.</summary>
    Closed = 7,
}
