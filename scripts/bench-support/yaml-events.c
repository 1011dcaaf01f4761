/*
 * yaml-events: the floor for `kpi lint`. Parses each file with libyaml's event API and discards the
 * events: no nodes, no decoding, no rules. scripts/bench compares kpi lint with this on the same files.
 *
 *   cc -O2 -o yaml-events yaml-events.c -lyaml
 *   yaml-events FILE...        prints the number of files and events; exits 1 on a YAML error
 */
#include <stdio.h>
#include <stdlib.h>
#include <yaml.h>

static int parse(const char *path, unsigned long *events) {
    FILE *file = fopen(path, "rb");
    if (!file) {
        perror(path);
        return 1;
    }
    /* Read the whole file first, as kpi does, so both compare the same work. */
    fseek(file, 0, SEEK_END);
    long size = ftell(file);
    fseek(file, 0, SEEK_SET);
    unsigned char *bytes = malloc(size > 0 ? (size_t)size : 1);
    if (!bytes || fread(bytes, 1, (size_t)size, file) != (size_t)size) {
        fprintf(stderr, "%s: cannot read\n", path);
        fclose(file);
        free(bytes);
        return 1;
    }
    fclose(file);

    yaml_parser_t parser;
    yaml_event_t event;
    int failed = 0;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, bytes, (size_t)size);
    for (;;) {
        if (!yaml_parser_parse(&parser, &event)) {
            fprintf(stderr, "%s:%zu:%zu: %s\n", path, parser.problem_mark.line + 1, parser.problem_mark.column + 1,
                    parser.problem ? parser.problem : "invalid YAML");
            failed = 1;
            break;
        }
        yaml_event_type_t type = event.type;
        yaml_event_delete(&event);
        (*events)++;
        if (type == YAML_STREAM_END_EVENT) break;
    }
    yaml_parser_delete(&parser);
    free(bytes);
    return failed;
}

int main(int argc, char **argv) {
    unsigned long events = 0;
    int failed = 0;
    for (int i = 1; i < argc; i++) failed |= parse(argv[i], &events);
    printf("%d files, %lu events\n", argc - 1, events);
    return failed;
}
