namespace Autoscaler.LoadGenerator.Load;

/// <summary>Reads the serverId,token lines a benchmark host wrote, one identity per agent stream.</summary>
internal static class Identities
{
    public static async Task<IReadOnlyList<(string ServerId, string Token)>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var result = new List<(string, string)>();
        var number = 0;
        foreach (var line in await File.ReadAllLinesAsync(path, cancellationToken).ConfigureAwait(false))
        {
            number++;
            if (line.Length == 0)
            {
                continue;
            }

            var comma = line.IndexOf(',', StringComparison.Ordinal);
            if (comma <= 0 || comma == line.Length - 1)
            {
                // Never echo the line: it holds a token.
                throw new InvalidDataException($"{path}, line {number}: expected serverId,token.");
            }

            result.Add((line[..comma], line[(comma + 1)..]));
        }

        return result;
    }
}
