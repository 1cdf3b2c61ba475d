using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using DomainKit.Assistance;

namespace DomainKit.Contracts;

/// <summary>The <c>serviceRecorded</c> event: a service delivered to the household (ZF-MP-03).</summary>
[Description("A service delivered to the household (ZF-MP-03).")]
public sealed record ServiceRecordedDocument : CaseEventDocument
{
    /// <summary>Who delivered it.</summary>
    [Description("Who delivered it.")]
    public required ServiceProvider Provider { get; init; }

    /// <summary>The service.</summary>
    [Description("The service.")]
    public required ServiceKind Service { get; init; }

    /// <summary>The need it served.</summary>
    [Description("The need it served.")]
    public required Need Need { get; init; }

    /// <summary>Hours, 0 to 24.</summary>
    [Range(0, 24)]
    [Description("Hours, 0 to 24.")]
    public required int Hours { get; init; }
}
