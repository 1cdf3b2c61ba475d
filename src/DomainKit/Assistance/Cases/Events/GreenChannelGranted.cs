using NodaTime;

namespace DomainKit.Assistance;

/// <summary>Aid is paid first and the paperwork completed later (TA-03, ZF-TA-01).</summary>
public sealed record GreenChannelGranted : CaseEvent
{
    /// <summary>The amount paid first.</summary>
    public required Money Amount { get; init; }

    /// <summary>The last day to complete the paperwork.</summary>
    public required LocalDate PaperworkDue { get; init; }
}
