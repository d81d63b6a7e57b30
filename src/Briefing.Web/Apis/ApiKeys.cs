using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Briefing.Web.Apis;

/// <summary>X-Api-Key checks against Web:ApiKeys, compared in constant time.</summary>
internal sealed class ApiKeys(IOptions<WebOptions> options)
{
    public const string Header = "X-Api-Key";

    private readonly byte[][] _keys = options.Value.ApiKeys.Where(k => k.Length > 0).Select(k => SHA256.HashData(Encoding.UTF8.GetBytes(k))).ToArray();

    public bool Configured => _keys.Length > 0;

    public static string? Presented(HttpContext context) => context.Request.Headers[Header].FirstOrDefault();

    public bool IsValid(string? presented)
    {
        if (presented is null) return false;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        var ok = false;
        foreach (var key in _keys) ok |= CryptographicOperations.FixedTimeEquals(hash, key);
        return ok;
    }

    /// <summary>Null when the request may go on, else the problem to answer.</summary>
    public IResult? Check(HttpContext context, Access access)
    {
        var needed = access switch
        {
            Access.Read => Configured && options.Value.ReadsRequireKey,
            Access.Write => Configured,
            _ => true,
        };
        if (!needed) return null;
        if (access == Access.Delete && !Configured)
        {
            return Problems.Result(StatusCodes.Status403Forbidden, "Deleting is switched off", "deleting a briefing needs an API key, and none is configured (Web:ApiKeys)");
        }

        if (access == Access.Manage && !Configured)
        {
            return Problems.Result(StatusCodes.Status403Forbidden, "Administration is switched off", $"{context.Request.Method} {context.Request.Path} needs an API key, and none is configured (Web:ApiKeys)");
        }

        var presented = Presented(context);
        if (presented is null) return Problems.Result(StatusCodes.Status401Unauthorized, "API key required", $"send a key in the {Header} header (keys are set in Web:ApiKeys)");
        return IsValid(presented) ? null : Problems.Result(StatusCodes.Status403Forbidden, "API key not accepted", $"the {Header} header does not hold a configured key");
    }
}
