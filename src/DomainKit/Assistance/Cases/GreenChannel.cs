using NodaTime;

namespace DomainKit.Assistance;

/// <summary>
/// An aid-first payment (先发救助金、后补手续; TA-03, ZF-TA-01): the amount paid from the emergency fund and the
/// date by which the paperwork must be complete.
/// </summary>
/// <param name="Amount">The amount paid first.</param>
/// <param name="PaperworkDue">The last day to complete the paperwork.</param>
/// <param name="PaperworkCompleted">Whether the paperwork is complete, so the case has joined the normal flow.</param>
/// <param name="Lapsed">Whether the deadline passed without the paperwork, opening a recovery.</param>
public sealed record GreenChannel(Money Amount, LocalDate PaperworkDue, bool PaperworkCompleted, bool Lapsed);
