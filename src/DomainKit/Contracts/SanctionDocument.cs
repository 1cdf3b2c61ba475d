using System.ComponentModel;
using DomainKit.Cadres;
using NodaTime;

namespace DomainKit.Contracts;

/// <summary>A sanction and the day it was imposed.</summary>
[Description("A sanction and the day it was imposed (CA-08).")]
public sealed record SanctionDocument
{
    /// <summary>The sanction.</summary>
    [Description("The sanction.")]
    public required SanctionKind Kind { get; init; }

    /// <summary>The day it was imposed, 1949-01-01 to 2200-12-31.</summary>
    [Description("The day it was imposed, 1949-01-01 to 2200-12-31.")]
    public required LocalDate ImposedOn { get; init; }
}
