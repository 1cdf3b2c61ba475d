using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;

namespace DomainKit.AspNetCore;

/// <summary>
/// The JSON metadata the endpoints' descriptions need beside the contracts: the problem document they are declared to
/// answer with. Without it an application compiled ahead of time, which has no reflection to fall back on, cannot
/// describe the endpoints in OpenAPI.
/// </summary>
[JsonSerializable(typeof(ProblemDetails))]
internal sealed partial class ApiJsonContext : JsonSerializerContext;
