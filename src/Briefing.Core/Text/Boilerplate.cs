using System.Text.RegularExpressions;

namespace Briefing.Text;

/// <summary>
/// Web-page furniture that survives text extraction: calls to action (sign up, follow us, click here), browser and
/// cookie notices, sharing widgets, photo credits and links; and the notices a page shows instead of an article:
/// errors ("the page you requested was not found", "try again later"), sign-in and registration forms, mailing-list
/// and sharing forms, social-widget help, video-player notices and web-archive crawl notes. Such a sentence is never
/// news, so the extractive engine does not choose it (it stays in the article text), and ingestion refuses a page
/// made mostly of it (see <c>Ingestion:MaxFurnitureShare</c>).
/// </summary>
internal static partial class Boilerplate
{
    public static bool IsLikely(string sentence) => CallToAction().IsMatch(sentence) || SiteFurniture().IsMatch(sentence) || PageNotice().IsMatch(sentence);

    [GeneratedRegex(@"^\W*(?:click|tap|sign up|subscribe|follow (?:us|him|her|them|@)|join us|like us|share (?:this|on)|download|read more|see also|related:|get (?:breaking |the latest )?news|don't miss|email this|watch:|listen:|advertisement)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CallToAction();

    [GeneratedRegex(@"javascript|cookies?\b|your browser|newsletter|email address|e-mail address|all rights reserved|copyright\s*(?:©|\(c\)|\d{4})|terms of (?:use|service)|privacy policy|when the video has been|enlarge this image|toggle caption|hide caption|image copyright|https?://|www\.\w|(?:AP|AFP|Reuters|Getty Images?)\s*(?:Photo|/)|\bphoto:\s|\bsign up\b.*\b(?:email|inbox|alerts)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SiteFurniture();

    // Phrases, not single words: a news report about a hack says "passwords" and "log into", one about a pub says "crawl".
    [GeneratedRegex(@"\b(?:(?:the )?page (?:you (?:requested|are looking for|were looking for)|(?:was|is|could) not (?:be )?found)|page not found|please check the url|(?:what|the page) you(?:'re| are) looking for|try searching below|please try again later|not available right now|(?:transcript|page|video|content) could not be loaded|(?:sign|log) in (?:using|with)|please (?:sign|log) in|already have an account|your (?:account|password|profile|email|registration) (?:with|information|details|here)|our mailing list|your contact details|the opinions expressed (?:are|in)|the author is an? \w+ contributor|your (?:tweet )?location history|tweet with a location|location information to your tweets|a location to your tweets|activate your account|thank you for registering|update your profile|need more assistance|no more 404|the version that was live|crawl data|(?:this|these) crawls?|seed for \S+ was|inter-domain links?|added to the wayback machine|every host in the wayback machine|warcs|web (?:captures|collections)|archive-it|this video is (?:represented|copyright|unavailable|private)|video has been rented|interactive transcript)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PageNotice();
}
