namespace McpServers.Testing;

/// <summary>For states no event announces (a server's status seen through its API): read until it is as wanted, or time out.</summary>
public static class Polling
{
    /// <summary>
    /// Reads with <paramref name="read"/> every 50 ms until <paramref name="done"/> holds and returns that reading; after
    /// <paramref name="timeout"/> throws a <see cref="TimeoutException"/> that shows the last reading.
    /// </summary>
    public static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan timeout, Func<T, string> describe)
    {
        using var limit = new CancellationTokenSource(timeout);
        while (true)
        {
            var reading = await read();
            if (done(reading))
                return reading;
            if (limit.IsCancellationRequested)
                throw new TimeoutException($"not as expected after {timeout}: {describe(reading)}");
            await Task.Delay(50, CancellationToken.None);
        }
    }
}
