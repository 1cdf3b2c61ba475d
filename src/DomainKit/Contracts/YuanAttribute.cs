namespace DomainKit.Contracts;

/// <summary>Marks an amount in yuan, exact to the fen: its schema is a decimal string (<see cref="YuanConverter"/>) within the given bounds.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class YuanAttribute(double minimum, double maximum) : Attribute
{
    public double Minimum { get; } = minimum;

    public double Maximum { get; } = maximum;
}
