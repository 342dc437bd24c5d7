# nginx at its best on loopback (DESIGN.md §9): one worker, no sendfile, small buffers.
# nginx_conf WORK PORT: writes WORK/nginx.conf serving WORK/www on 127.0.0.1:PORT.
nginx_conf() {
  local work="$1" port="$2"
  cat >"$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile off; tcp_nopush off; output_buffers 2 64k;
  open_file_cache max=100;
  default_type application/json;
  server { listen 127.0.0.1:$port; root $work/www; }
}
CONF
}
