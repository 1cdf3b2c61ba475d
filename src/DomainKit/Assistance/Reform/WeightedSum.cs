namespace DomainKit.Assistance;

/// <summary>
/// A running sum of whole values (households, people, fen), each times its household's weight, exact: the households of
/// weight 1, the common case, are summed as integers and only the others in decimal, so an unweighted caseload pays
/// nothing for weights.
/// </summary>
internal struct WeightedSum
{
    private long unitWeighted;
    private decimal weighted;

    /// <summary>The sum.</summary>
    public readonly decimal Total => unitWeighted + weighted;

    /// <summary>Adds a value for a household of the given weight; <paramref name="unit"/> says the weight is 1.</summary>
    public void Add(long value, bool unit, decimal weight)
    {
        if (unit)
        {
            unitWeighted = checked(unitWeighted + value);
        }
        else
        {
            weighted += value * weight;
        }
    }
}
