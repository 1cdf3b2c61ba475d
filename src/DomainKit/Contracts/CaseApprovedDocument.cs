using System.ComponentModel;
using System.Text.Json.Serialization;
using DomainKit.Assistance;
using NodaTime;

namespace DomainKit.Contracts;

/// <summary>The <c>caseApproved</c> event: the case is approved for a programme and amount (ZF-WF-03).</summary>
[Description("The case is approved for a programme and amount (ZF-WF-03).")]
public sealed record CaseApprovedDocument : CaseEventDocument
{
    /// <summary>The programme approved.</summary>
    [Description("The programme approved.")]
    public required Programme Programme { get; init; }

    /// <summary>The amount approved.</summary>
    [Yuan(0.01, 10_000_000_000)]
    [JsonConverter(typeof(YuanConverter))]
    [Description("The amount approved; for a monthly benefit (dibao, extreme poverty), the monthly amount.")]
    public required decimal Amount { get; init; }

    /// <summary>For a monthly benefit, the first month it is paid for, yyyy-MM (WF-04).</summary>
    [Description("For a monthly benefit, the first month it is paid for, yyyy-MM (WF-04); absent for every other programme.")]
    public YearMonth? BenefitFrom { get; init; }

    /// <summary>The level that approved (TA-02); county when absent.</summary>
    [Description("The level that approved (TA-02); county when absent.")]
    public ApprovalLevel? Level { get; init; }
}
