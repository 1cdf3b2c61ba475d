namespace DomainKit.Assistance;

/// <summary>
/// The hash chain that makes a stored case history tamper-evident. Each event stores the hash of the history before it:
/// <c>h0</c> is 32 zero bytes, and <c>h(i) = H(h(i-1) || event i)</c>, where an event's bytes are its JSON as
/// <see cref="CaseEventJson.Write"/> writes it, header and fields, without the chain. Reading a history recomputes the
/// chain from the events as read, so editing, removing, inserting or reordering an event breaks it at the next event,
/// even when the forged figures agree with each other.
/// </summary>
/// <remarks>
/// What the chain does not prove: someone who can rewrite the whole stored history can recompute every link, and a
/// change to the last event, or events cut from the end, leave a chain that is whole. Keep the head
/// (<see cref="Head(IEnumerable{CaseEvent}, CaseHistoryHash?)"/>, the hash of the whole history) somewhere the history's writer cannot change it (an audit log,
/// another database, a signed receipt given at each approval) and compare it when the history is read back.
/// </remarks>
public static class CaseHistoryChain
{
    /// <summary>The hash before the first event: 64 zeros.</summary>
    public static string Genesis { get; } = new('0', 64);

    /// <summary>The head of a history: the chain hash after its last event, in lower-case hex; <see cref="Genesis"/> for no events.</summary>
    /// <param name="events">The events, oldest first.</param>
    /// <param name="algorithm">The hash; SHA-256 when null.</param>
    /// <returns>The head to anchor.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> or an event is null.</exception>
    public static string Head(IEnumerable<CaseEvent> events, CaseHistoryHash? algorithm = null) => HeadFor(CaseEventJson.Schema, events, algorithm);

    /// <summary>The head of a history in a given version of the contract, such as a head anchored before version 2.</summary>
    /// <param name="contract"><see cref="CaseEventJson.Schema"/> or <see cref="CaseEventJson.FirstSchema"/>: the version whose bytes are chained.</param>
    /// <param name="events">The events, oldest first.</param>
    /// <param name="algorithm">The hash; SHA-256 when null.</param>
    /// <returns>The head to anchor.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/>, an event or <paramref name="contract"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="contract"/> is not a version of the history contract.</exception>
    public static string HeadFor(string contract, IEnumerable<CaseEvent> events, CaseHistoryHash? algorithm = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(contract);
        if (contract is not CaseEventJson.Schema and not CaseEventJson.FirstSchema)
        {
            throw new ArgumentException($"Expected \"{CaseEventJson.Schema}\" or \"{CaseEventJson.FirstSchema}\".", nameof(contract));
        }

        var textAmounts = contract == CaseEventJson.Schema;
        var hash = algorithm ?? CaseHistoryHash.Sha256;
        var head = Genesis;
        foreach (var e in events)
        {
            ArgumentNullException.ThrowIfNull(e, nameof(events));
            head = Next(head, e, hash, textAmounts);
        }

        return head;
    }

    /// <summary>The chain hash after one more event: what a store keeps as the link of the event that follows it.</summary>
    /// <param name="previous">The chain hash of the history before the event, in lower-case hex.</param>
    /// <param name="caseEvent">The event.</param>
    /// <param name="algorithm">The hash; SHA-256 when null.</param>
    /// <returns>The chain hash after the event, in lower-case hex.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="previous"/> or <paramref name="caseEvent"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="previous"/> is not hexadecimal.</exception>
    public static string Link(string previous, CaseEvent caseEvent, CaseHistoryHash? algorithm = null)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(caseEvent);
        return Next(previous, caseEvent, algorithm ?? CaseHistoryHash.Sha256, textAmounts: true);
    }

    /// <summary>The link after <paramref name="caseEvent"/>, given the link before it.</summary>
    internal static string Next(string previous, CaseEvent caseEvent, CaseHistoryHash algorithm, bool textAmounts)
    {
        byte[] data = [.. Convert.FromHexString(previous), .. System.Text.Encoding.UTF8.GetBytes(CaseEventJson.Canonical(caseEvent, textAmounts))];
        return Convert.ToHexStringLower(algorithm.Compute(data));
    }
}
