using NodaTime;

namespace DomainKit.Assistance;

/// <summary>One reason a recipient is due for review.</summary>
/// <param name="RuleId">The rule: <c>ZF-VR-02</c>, <c>DB-10</c> or <c>EX-03</c>.</param>
/// <param name="DueOn">The day the review fell due.</param>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed record ReviewReason(string RuleId, LocalDate DueOn);
