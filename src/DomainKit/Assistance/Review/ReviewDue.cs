using System.Collections.Immutable;

namespace DomainKit.Assistance;

/// <summary>A recipient due for review on a date, and why.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="Programme">The programme received.</param>
/// <param name="Reasons">Every rule that makes the review due, earliest due first.</param>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed record ReviewDue(string CaseId, Programme Programme, ImmutableArray<ReviewReason> Reasons);
