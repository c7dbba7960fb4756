using System.Globalization;
using System.Text;

namespace McpServers.FakeGoogle.Sheets;

/// <summary>
/// Date and time patterns: yyyy/yy, m/mm/mmm/mmmm (months, or minutes next to h or s), d/dd/ddd/dddd, h/hh (12-hour
/// with am/pm), s/ss, am/pm and a/p; other characters are literal.
/// </summary>
internal static class DatePattern
{
    private static readonly CultureInfo _english = CultureInfo.InvariantCulture;

    public static string Format(double serial, string section)
    {
        var date = SerialDate.To(serial);
        var tokens = Tokenize(section);
        var twelveHour = tokens.Any(t => t.IsAmPm);
        var text = new StringBuilder();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Literal is { } literal)
            {
                text.Append(literal);
                continue;
            }
            var run = token.Run!;
            var n = run.Length;
            switch (char.ToLowerInvariant(run[0]))
            {
                case 'y':
                    text.Append(n <= 2 ? (date.Year % 100).ToString("00", _english) : date.Year.ToString("0000", _english));
                    break;
                case 'm' when IsMinute(tokens, i):
                    text.Append(date.Minute.ToString(n >= 2 ? "00" : "0", _english));
                    break;
                case 'm':
                    text.Append(n switch
                    {
                        1 => date.Month.ToString(_english),
                        2 => date.Month.ToString("00", _english),
                        3 => date.ToString("MMM", _english),
                        4 => date.ToString("MMMM", _english),
                        _ => date.ToString("MMMM", _english)[..1],
                    });
                    break;
                case 'd':
                    text.Append(n switch
                    {
                        1 => date.Day.ToString(_english),
                        2 => date.Day.ToString("00", _english),
                        3 => date.ToString("ddd", _english),
                        _ => date.ToString("dddd", _english),
                    });
                    break;
                case 'h':
                    var hour = twelveHour ? (date.Hour % 12 == 0 ? 12 : date.Hour % 12) : date.Hour;
                    text.Append(hour.ToString(n >= 2 ? "00" : "0", _english));
                    break;
                case 's':
                    text.Append(date.Second.ToString(n >= 2 ? "00" : "0", _english));
                    break;
                default:
                    // am/pm shows as AM or PM whatever the pattern's case; a/p as A or P.
                    var pm = date.Hour >= 12;
                    text.Append(run.Length > 3 ? (pm ? "PM" : "AM") : (pm ? "P" : "A"));
                    break;
            }
        }
        return text.ToString();
    }

    // "m" means minutes right after an hour or right before seconds (ignoring literals between).
    private static bool IsMinute(List<Token> tokens, int index)
    {
        var before = tokens.Take(index).LastOrDefault(t => t.Run is not null)?.Run;
        if (before is not null && char.ToLowerInvariant(before[0]) == 'h') return true;
        for (var i = index + 1; i < tokens.Count; i++)
            if (tokens[i].Run is { } after) return char.ToLowerInvariant(after[0]) == 's';
        return false;
    }

    private static List<Token> Tokenize(string section)
    {
        var characters = NumberFormatter.Characters(section).ToList();
        var tokens = new List<Token>();
        for (var at = 0; at < characters.Count;)
        {
            var (c, literal) = characters[at];
            var rest = string.Concat(characters.Skip(at).Take(5).Select(x => x.Char));
            if (!literal && rest.StartsWith("am/pm", StringComparison.OrdinalIgnoreCase))
            {
                tokens.Add(new Token(null, rest[..5]));
                at += 5;
            }
            else if (!literal && rest.StartsWith("a/p", StringComparison.OrdinalIgnoreCase))
            {
                tokens.Add(new Token(null, rest[..3]));
                at += 3;
            }
            else if (!literal && "yYmMdDhHsS".Contains(c))
            {
                var start = at;
                while (at < characters.Count && !characters[at].Literal && char.ToLowerInvariant(characters[at].Char) == char.ToLowerInvariant(c)) at++;
                tokens.Add(new Token(null, string.Concat(characters.Skip(start).Take(at - start).Select(x => x.Char))));
            }
            else
            {
                tokens.Add(new Token(c.ToString(), null));
                at++;
            }
        }
        return tokens;
    }

    /// <summary>Literal text, or a run of one pattern letter ("yyyy", "am/pm").</summary>
    private sealed record Token(string? Literal, string? Run)
    {
        public bool IsAmPm => Run is { } run && run.Contains('/');
    }
}
