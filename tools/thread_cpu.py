#!/usr/bin/env python3
"""CPU seconds per thread group of a command's JVM (docs/video.md, "Where a clip frame's CPU goes").

Runs the command, polls /proc/<pid>/task/*/stat of the command and its children every 0.2 s,
and writes the last seen user+sys CPU seconds per thread name (digits folded to '#': worker
threads 'pain#d-generate', JIT 'C# CompilerThre', GC 'GC Thread##', ...) as JSON. Threads that
end between polls lose at most 0.2 s. Linux only.

usage: tools/thread_cpu.py OUT.json -- ./pain3d video ...
"""
import sys, os, time, subprocess, re, collections, json
out=sys.argv[1]; cmd=sys.argv[3:]
p=subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
tck=os.sysconf('SC_CLK_TCK'); last={}
def java_pids():
    r=[]
    for pid in os.listdir('/proc'):
        if not pid.isdigit(): continue
        try:
            with open(f'/proc/{pid}/stat') as f: s=f.read()
        except Exception: continue
        ppid=int(s.rsplit(')',1)[1].split()[1])
        if ppid==p.pid or int(pid)==p.pid: r.append(pid)
    return r
while p.poll() is None:
    for pid in java_pids():
        try: tids=os.listdir(f'/proc/{pid}/task')
        except Exception: continue
        for t in tids:
            try:
                with open(f'/proc/{pid}/task/{t}/stat') as f: s=f.read()
            except Exception: continue
            comm=s[s.index('(')+1:s.rindex(')')]
            fields=s.rsplit(')',1)[1].split()
            last[(pid,t)]=(comm,(int(fields[11])+int(fields[12]))/tck)
    time.sleep(0.2)
g=collections.Counter()
for (pid,t),(comm,c) in last.items():
    g[re.sub(r'\d+','#',comm)]+=c
json.dump(dict(g),open(out,'w'))
print(out, {k:round(v,1) for k,v in g.most_common(10)}, 'sum', round(sum(g.values()),1))
