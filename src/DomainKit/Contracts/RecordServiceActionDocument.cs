using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using DomainKit.Assistance;

namespace DomainKit.Contracts;

/// <summary>The <c>recordService</c> command: records a service delivered to the household (ZF-MP-04).</summary>
[Description("Records a service delivered to the household (ZF-MP-04).")]
public sealed record RecordServiceActionDocument : CaseActionDocument
{
    /// <summary>Who provided it.</summary>
    [Description("Who provided it.")]
    public required ServiceProvider Provider { get; init; }

    /// <summary>The service.</summary>
    [Description("The service.")]
    public required ServiceKind Service { get; init; }

    /// <summary>The need it met.</summary>
    [Description("The need it met.")]
    public required Need Need { get; init; }

    /// <summary>Hours, 0 to 24.</summary>
    [Range(0, 24)]
    [Description("Hours, 0 to 24.")]
    public required int Hours { get; init; }
}
