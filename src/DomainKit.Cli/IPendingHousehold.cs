namespace DomainKit.Cli;

/// <summary>
/// How a table's household is made on the core that assesses it, not on the thread reading the table. What the
/// household was read from is in its item (its rows, or <see cref="ReviewItem.Rows"/>), so that one such object serves
/// every household of a table and the reading thread makes nothing that outlives a batch.
/// </summary>
internal interface IPendingHousehold
{
    /// <summary>The household's item, ready to assess: its household or document, or its problems.</summary>
    ReviewItem Build(in ReviewItem pending);

    /// <summary>Called once the household has been dealt with, so that what it was read from can be reused.</summary>
    void Finish(in ReviewItem pending);
}
