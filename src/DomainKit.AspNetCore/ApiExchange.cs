using System.Buffers;
using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ardalis.Result;
using DomainKit.Explanations;
using DomainKit.Extensions.DependencyInjection;
using DomainKit.Policies;
using DomainKit.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using NodaTime;

namespace DomainKit.AspNetCore;

/// <summary>
/// One request as the endpoints read it: its language, date and policy set from the query, its body within the
/// limits; and the two kinds of answer, a contract document or a problem document, both naming the policy set and the
/// library in headers.
/// </summary>
internal sealed class ApiExchange
{
    public const string JsonType = "application/json; charset=utf-8";
    public const string ProblemType = "application/problem+json; charset=utf-8";
    public const string PolicyHeader = "DomainKit-Policy";
    public const string PolicyVersionHeader = "DomainKit-Policy-Version";
    public const string PolicyHashHeader = "DomainKit-Policy-Hash";
    public const string VersionHeader = "DomainKit-Version";

    /// <summary>The library's version as its package states it, without the build metadata.</summary>
    public static readonly string LibraryVersion = (typeof(PolicySet).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];

    private static readonly JsonWriterOptions ProblemOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private ApiExchange(HttpContext context, DomainKitRules rules, DomainKitApiOptions options, Language language)
    {
        Context = context;
        Rules = rules;
        Options = options;
        Language = language;
    }

    public HttpContext Context { get; }

    public DomainKitRules Rules { get; }

    public DomainKitApiOptions Options { get; }

    public Language Language { get; }

    public static ApiExchange For(HttpContext context)
    {
        var services = context.RequestServices;
        var rules = services.GetRequiredService<DomainKitRules>();
        var options = services.GetRequiredService<IOptions<DomainKitApiOptions>>().Value;
        return new ApiExchange(context, rules, options, LanguageOf(context.Request));
    }

    /// <summary>
    /// The language of the answer: Chinese when the client's most preferred language is Chinese, English otherwise
    /// (the default when the header is absent or names neither).
    /// </summary>
    public static Language LanguageOf(HttpRequest request)
    {
        var accepted = request.GetTypedHeaders().AcceptLanguage;
        foreach (var tag in accepted.OrderByDescending(t => t.Quality ?? 1.0))
        {
            if ((tag.Quality ?? 1.0) <= 0)
            {
                continue;
            }

            var value = tag.Value.Value ?? string.Empty;
            if (value.StartsWith("zh", StringComparison.OrdinalIgnoreCase))
            {
                return Language.ChineseSimplified;
            }

            if (value.StartsWith("en", StringComparison.OrdinalIgnoreCase))
            {
                return Language.English;
            }
        }

        return Language.English;
    }

    /// <summary>The date of evaluation from <c>?date=</c>, or today in the configured time zone.</summary>
    public Result<LocalDate> Date(string name = "date")
    {
        var text = Query(name);
        if (text is null)
        {
            return Rules.Today;
        }

        return Dates.TryParse(text, out var date)
            ? date
            : Result<LocalDate>.Invalid(new ValidationError { Identifier = name, ErrorCode = ErrorCodes.DateInvalid, ErrorMessage = ApiText.DateInvalid(Language) });
    }

    /// <summary>The policy set from <c>?policy=</c> or <c>?region=</c>, or the configured default.</summary>
    public Result<PolicySet> Policy(string name = "policy")
    {
        var id = Query(name);
        var region = Query("region");
        if (region is not null)
        {
            return id is null
                ? Rules.Policies.FindByRegion(region)
                : Result<PolicySet>.Invalid(new ValidationError { Identifier = "region", ErrorCode = ErrorCodes.Required, ErrorMessage = ApiText.PolicyAndRegion(Language) });
        }

        return Rules.Policies.Find(id);
    }

    /// <summary>
    /// A query value, or null when it is absent or blank. The endpoints' single-valued parameters never arrive twice:
    /// <see cref="RepeatedQueryFilter"/> refuses such a request first.
    /// </summary>
    public string? Query(string name)
    {
        var values = Context.Request.Query[name];
        return values.Count == 0 || string.IsNullOrEmpty(values[0]) ? null : values[0];
    }

    /// <summary>
    /// The whole body, up to <paramref name="limit"/> bytes: a larger one is refused before it is read whole (by its
    /// declared length, or by counting as it arrives), an empty one is refused, and neither is parsed.
    /// </summary>
    public async Task<Result<ReadOnlyMemory<byte>>> Body(long limit, CancellationToken cancellationToken)
    {
        var request = Context.Request;
        if (request.ContentLength > limit)
        {
            return TooLarge(limit);
        }

        // The declared length sizes the first buffer, within reason: a client may declare more than it sends.
        var buffer = new ArrayBufferWriter<byte>(request.ContentLength is > 0 and var length ? (int)Math.Min(length, 1024 * 1024) : 4096);
        var body = request.Body;
        while (true)
        {
            var span = buffer.GetMemory(16 * 1024);
            var read = await body.ReadAsync(span, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > limit)
            {
                return TooLarge(limit);
            }
        }

        return buffer.WrittenCount == 0
            ? Result<ReadOnlyMemory<byte>>.Invalid(new ValidationError { Identifier = string.Empty, ErrorCode = ApiErrorCodes.BodyEmpty, ErrorMessage = ApiText.BodyEmpty(Language) })
            : Result<ReadOnlyMemory<byte>>.Success(buffer.WrittenMemory);
    }

    /// <summary>
    /// The body as one JSON document within <see cref="DomainKitApiOptions.MaxDocumentBytes"/>, or null once its refusal
    /// is answered: too large, empty, or still arriving when <paramref name="cancellationToken"/> ends the request.
    /// </summary>
    public async Task<ReadOnlyMemory<byte>?> ReadDocument(PolicySet policy, CancellationToken cancellationToken)
    {
        Result<ReadOnlyMemory<byte>> body;
        try
        {
            body = await Body(Options.MaxDocumentBytes, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!Context.RequestAborted.IsCancellationRequested)
        {
            await Timeout().ConfigureAwait(false);
            return null;
        }

        if (!body.IsSuccess)
        {
            await Problem(body, policy).ConfigureAwait(false);
            return null;
        }

        return body.Value;
    }

    /// <summary>A contract document, with the headers naming the policy set it was made under.</summary>
    public Task Document(string json, PolicySet? policy, int status = StatusCodes.Status200OK)
    {
        var response = Context.Response;
        response.StatusCode = status;
        response.ContentType = JsonType;
        Name(policy);
        return response.WriteAsync(json, Encoding.UTF8, Context.RequestAborted);
    }

    /// <summary>Names the policy set and the library in the response headers.</summary>
    public void Name(PolicySet? policy)
    {
        var headers = Context.Response.Headers;
        headers[VersionHeader] = LibraryVersion;
        headers[HeaderNames.ContentLanguage] = Languages.ToTag(Language);
        if (policy is not null)
        {
            headers[PolicyHeader] = policy.Id;
            headers[PolicyVersionHeader] = policy.Version;
            headers[PolicyHashHeader] = policy.ContentHash;
        }
    }

    /// <summary>
    /// The answer to a failed result: 404 for what the path names but the service lacks, 409 for a conflict, 413 and
    /// 503 for the limits, 400 for everything else; each problem listed with its path, code and message in the
    /// client's language. Refused values are never echoed: the messages name the field, not its content.
    /// </summary>
    public Task Problem(Ardalis.Result.IResult result, PolicySet? policy = null)
    {
        var codes = result.ValidationErrors.Select(e => e.ErrorCode).ToList();
        var status = result.Status switch
        {
            ResultStatus.NotFound => StatusCodes.Status404NotFound,
            ResultStatus.Conflict => StatusCodes.Status409Conflict,
            ResultStatus.Unavailable => StatusCodes.Status503ServiceUnavailable,
            _ when codes.Contains(ApiErrorCodes.BodyTooLarge) => StatusCodes.Status413PayloadTooLarge,
            _ when codes.Contains(ApiErrorCodes.Timeout) => StatusCodes.Status503ServiceUnavailable,
            _ when codes.Contains(ApiErrorCodes.NotFound) || codes.Contains(ErrorCodes.PolicyUnknown) => StatusCodes.Status404NotFound,
            _ => StatusCodes.Status400BadRequest,
        };
        return Problem(status, result.ValidationErrors, policy);
    }

    /// <summary>A problem document; <paramref name="members"/> writes members of its own, such as the current version of a case.</summary>
    public Task Problem(int status, IEnumerable<ValidationError> errors, PolicySet? policy = null, Action<Utf8JsonWriter>? members = null)
    {
        var response = Context.Response;
        response.StatusCode = status;
        response.ContentType = ProblemType;
        Name(policy);
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, ProblemOptions))
        {
            w.WriteStartObject();
            w.WriteString("type", "urn:domainkit:problem:" + status.ToString(System.Globalization.CultureInfo.InvariantCulture));
            w.WriteString("title", ApiText.Title(status, Language));
            w.WriteNumber("status", status);
            var list = ValidationMessages.Localize(errors, Language);
            if (list.Count > 0)
            {
                w.WriteString("detail", list[0].ErrorMessage);
            }

            w.WriteString("instance", Instance());
            w.WriteStartArray("errors");
            foreach (var error in list)
            {
                w.WriteStartObject();
                w.WriteString("path", error.Identifier);
                w.WriteString("code", error.ErrorCode);
                w.WriteString("message", error.ErrorMessage);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            members?.Invoke(w);
            w.WriteEndObject();
        }

        return response.Body.WriteAsync(buffer.WrittenMemory, Context.RequestAborted).AsTask();
    }

    /// <summary>
    /// The endpoint the problem is about, as its route names it (<c>/api/cases/{caseId}/history</c>): the path as sent
    /// would repeat what the client put in it, such as an ID number given as a case ID.
    /// </summary>
    private string Instance()
    {
        var pattern = (Context.GetEndpoint() as Microsoft.AspNetCore.Routing.RouteEndpoint)?.RoutePattern.RawText;
        return pattern is null ? Context.Request.PathBase + "/" : "/" + pattern.TrimStart('/');
    }

    public Task NotFound(string path, string message) =>
        Problem(StatusCodes.Status404NotFound, [new ValidationError { Identifier = path, ErrorCode = ApiErrorCodes.NotFound, ErrorMessage = message }]);

    public Task Timeout() =>
        Problem(StatusCodes.Status503ServiceUnavailable, [new ValidationError { Identifier = string.Empty, ErrorCode = ApiErrorCodes.Timeout, ErrorMessage = ApiText.Timeout(Options.RequestTimeout, Language) }]);

    /// <summary>A token that ends when the client goes away or the request runs past its limit.</summary>
    public CancellationTokenSource Deadline()
    {
        var source = CancellationTokenSource.CreateLinkedTokenSource(Context.RequestAborted);
        source.CancelAfter(Options.RequestTimeout);
        return source;
    }

    private Result<ReadOnlyMemory<byte>> TooLarge(long limit) =>
        Result<ReadOnlyMemory<byte>>.Invalid(new ValidationError { Identifier = string.Empty, ErrorCode = ApiErrorCodes.BodyTooLarge, ErrorMessage = ApiText.BodyTooLarge(limit, Language) });
}
