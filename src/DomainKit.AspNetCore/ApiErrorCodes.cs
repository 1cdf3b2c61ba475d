namespace DomainKit.AspNetCore;

/// <summary>The stable codes of problems that belong to the HTTP exchange rather than to a document.</summary>
/// <remarks>Problems with a document carry the library's codes (<see cref="DomainKit.Validation.ErrorCodes"/>).</remarks>
public static class ApiErrorCodes
{
    /// <summary>The body is larger than the endpoint accepts (413).</summary>
    public const string BodyTooLarge = "request.body.tooLarge";

    /// <summary>The body is empty where a document is expected (400).</summary>
    public const string BodyEmpty = "request.body.empty";

    /// <summary>A query parameter that takes one value was given more than once (400).</summary>
    public const string QueryRepeated = "request.query.repeated";

    /// <summary>The request ran past its time limit (503).</summary>
    public const string Timeout = "request.timeout";

    /// <summary>The path names no programme, policy set or parameter the service has (404).</summary>
    public const string NotFound = "request.notFound";

    /// <summary>A command's expected version is not the case's version: the case moved on (409, with <c>currentVersion</c>).</summary>
    public const string CaseVersionStale = "case.version.stale";

    /// <summary>A case with the ID to open exists already (409, with <c>currentVersion</c>).</summary>
    public const string CaseExists = "case.exists";

    /// <summary>A command sent where it does not belong: <c>open</c> to a case, or another command to open one (400).</summary>
    public const string CommandMisplaced = "request.command.misplaced";

    /// <summary>The case store cannot take the command now, such as when it holds its limit of cases (503).</summary>
    public const string StoreUnavailable = "request.store.unavailable";
}
