using System.Runtime.InteropServices;

namespace McpServers.Hosting;

/// <summary>Turns SIGTERM, SIGINT, SIGQUIT and SIGHUP into a cancellation, so the server can shut down cleanly.</summary>
internal sealed class ShutdownSignals : IDisposable
{
    private readonly CancellationTokenSource _shutdown = new();
    private readonly List<PosixSignalRegistration> _registrations = [];

    public ShutdownSignals()
    {
        foreach (var signal in new[] { PosixSignal.SIGTERM, PosixSignal.SIGINT, PosixSignal.SIGQUIT, PosixSignal.SIGHUP })
        {
            _registrations.Add(PosixSignalRegistration.Create(signal, context =>
            {
                context.Cancel = true;
                _shutdown.Cancel();
            }));
        }
    }

    public CancellationToken Token => _shutdown.Token;

    public void Dispose()
    {
        foreach (var registration in _registrations)
            registration.Dispose();
        _shutdown.Dispose();
    }
}
