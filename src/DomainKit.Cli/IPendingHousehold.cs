namespace DomainKit.Cli;

/// <summary>
/// A table's household whose document or value is made on the core that assesses it, not on the thread reading the
/// table; one object per household, since millions of them pass between the two.
/// </summary>
internal interface IPendingHousehold
{
    /// <summary>The household's item, ready to assess: its household or document, or its problems.</summary>
    ReviewItem Build();

    /// <summary>Called once the household has been dealt with, so that what it was read from can be reused.</summary>
    void Finish();
}
