"""ROS 2 launch file for the stepguard safety monitor node.

stepguard is a Java program, not a ROS 2 package: launch_ros' Node starts it by path. launch_ros
appends the ROS arguments itself, so the command becomes

    <stepguard_exe> run --ros-args -r __node:=<node_name> [-r __ns:=/<namespace>] --params-file <params_file>

Usage (from anywhere):

    ros2 launch launch/ros/stepguard.launch.py
    ros2 launch launch/ros/stepguard.launch.py namespace:=arm node_name:=guard \\
        params_file:=/path/to/my_params.yaml stepguard_exe:=/opt/stepguard/stepguard

Arguments:
    stepguard_exe  the stepguard launcher (default: the repository's ./stepguard wrapper, found
                   relative to this file as ../../stepguard)
    params_file    ROS 2 params file (default: params.yaml next to this file)
    namespace      node namespace (default: empty = root); relative topic names resolve against it
    node_name      node name (default: stepguard)

The node shuts down cleanly on SIGINT, which launch sends first on Ctrl-C.
"""

import os

from launch import LaunchDescription
from launch.actions import DeclareLaunchArgument
from launch.substitutions import LaunchConfiguration
from launch_ros.actions import Node

_HERE = os.path.dirname(os.path.abspath(__file__))
_DEFAULT_EXE = os.path.normpath(os.path.join(_HERE, '..', '..', 'stepguard'))
_DEFAULT_PARAMS = os.path.join(_HERE, 'params.yaml')


def generate_launch_description():
    return LaunchDescription([
        DeclareLaunchArgument(
            'stepguard_exe',
            default_value=_DEFAULT_EXE,
            description='Path of the stepguard launcher (the repository ./stepguard wrapper)'),
        DeclareLaunchArgument(
            'params_file',
            default_value=_DEFAULT_PARAMS,
            description='ROS 2 params file (/**: ros__parameters: ...) for the node'),
        DeclareLaunchArgument(
            'namespace',
            default_value='',
            description='Node namespace (empty: root); relative topic names resolve against it'),
        DeclareLaunchArgument(
            'node_name',
            default_value='stepguard',
            description='Node name'),
        Node(
            executable=LaunchConfiguration('stepguard_exe'),
            arguments=['run'],
            name=LaunchConfiguration('node_name'),
            namespace=LaunchConfiguration('namespace'),
            parameters=[LaunchConfiguration('params_file')],
            output='screen'),
    ])
