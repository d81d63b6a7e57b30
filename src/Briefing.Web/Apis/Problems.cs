using Briefing.Domain;
using Microsoft.AspNetCore.Mvc;

namespace Briefing.Web.Apis;

/// <summary>RFC 9457 problem details, and the HTTP status each kind of briefing error maps to.</summary>
internal static class Problems
{
    public static IResult Result(int status, string title, string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail, statusCode: status, title: title, extensions: extensions);

    public static IResult From(BriefingException ex) => Result(
        ex.Kind switch
        {
            BriefingErrorKind.BadInput => StatusCodes.Status400BadRequest,
            BriefingErrorKind.NoUsableArticles => StatusCodes.Status422UnprocessableEntity,
            BriefingErrorKind.RenderingFailed or BriefingErrorKind.ModelUnavailable => StatusCodes.Status503ServiceUnavailable,
            _ => StatusCodes.Status500InternalServerError,
        },
        ex.Kind.ToString(),
        ex.Message,
        ex.Subject is null ? null : new Dictionary<string, object?> { ["field"] = ex.Subject });

    public static Task Write(HttpContext context, int status, string title, string detail, CancellationToken cancellationToken)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new ProblemDetails { Status = status, Title = title, Detail = detail }, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", cancellationToken);
    }
}
