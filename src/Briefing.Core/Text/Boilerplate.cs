using System.Text.RegularExpressions;

namespace Briefing.Text;

/// <summary>
/// Web-page furniture that survives text extraction: calls to action (sign up, follow us, click here), browser and
/// cookie notices, sharing widgets, photo credits and links. Such a sentence is never news, so the extractive
/// engine does not choose it (it stays in the article text).
/// </summary>
internal static partial class Boilerplate
{
    public static bool IsLikely(string sentence) => CallToAction().IsMatch(sentence) || SiteFurniture().IsMatch(sentence);

    [GeneratedRegex(@"^\W*(?:click|tap|sign up|subscribe|follow (?:us|him|her|them|@)|join us|like us|share (?:this|on)|download|read more|see also|related:|get (?:breaking |the latest )?news|don't miss|email this|watch:|listen:|advertisement)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CallToAction();

    [GeneratedRegex(@"javascript|cookies?\b|your browser|newsletter|email address|e-mail address|all rights reserved|copyright\s*(?:©|\(c\)|\d{4})|terms of (?:use|service)|privacy policy|when the video has been|enlarge this image|toggle caption|hide caption|image copyright|https?://|www\.\w|(?:AP|AFP|Reuters|Getty Images?)\s*(?:Photo|/)|\bphoto:\s|\bsign up\b.*\b(?:email|inbox|alerts)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SiteFurniture();
}
