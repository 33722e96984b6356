using System.Text.RegularExpressions;

namespace AgreementFlow.TestSupport;

/// <summary>Posts Razor Pages forms the way a browser does: with the antiforgery token the page rendered.</summary>
public static partial class PageForms
{
    public static async Task<string> TokenOfAsync(HttpClient client, string pageUrl)
    {
        ArgumentNullException.ThrowIfNull(client);
        var html = await client.GetStringAsync(pageUrl);
        var match = TokenPattern().Match(html);
        return match.Success ? match.Groups[1].Value : throw new InvalidOperationException($"No antiforgery token on {pageUrl}.");
    }

    /// <summary>Loads <paramref name="pageUrl"/>, then posts <paramref name="fields"/> with its token to <paramref name="postUrl"/>.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string pageUrl, IEnumerable<KeyValuePair<string, string>> fields, string? postUrl = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        var token = await TokenOfAsync(client, pageUrl);
        var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        return await client.PostAsync(postUrl ?? pageUrl, content);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
