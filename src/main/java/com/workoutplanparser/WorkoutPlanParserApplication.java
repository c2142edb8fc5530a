package com.workoutplanparser;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class WorkoutPlanParserApplication {

    public static void main(String[] args) {
        SpringApplication.run(WorkoutPlanParserApplication.class, args);
    }
}
