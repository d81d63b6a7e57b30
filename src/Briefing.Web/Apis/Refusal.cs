namespace Briefing.Web.Apis;

/// <summary>Why a request for a briefing was refused: the HTTP status, a title, and the field, file or limit at fault.</summary>
internal sealed record Refusal(int Status, string Title, string Detail, string? Field = null)
{
    public IResult ToResult() =>
        Problems.Result(Status, Title, Detail, Field is null ? null : new Dictionary<string, object?> { ["field"] = Field });
}
